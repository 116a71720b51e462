package org.examdesk.bot.engine;

import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ClientModels.User;

/**
 * Who is talking: a signed-in person (their token, used for every admin-API call made for them, and who they
 * are), or an anonymous visitor (both null). When a channel acts for a linked person (Slack), {@code token} is
 * the bot's service token and {@code onBehalfOf} names the person's linked identity, e.g. {@code slack:T1:U1}.
 */
public record Speaker(String token, User user, String onBehalfOf) {
    public Speaker(String token, User user) {
        this(token, user, null);
    }

    public static Speaker anonymous() {
        return new Speaker(null, null, null);
    }

    /** The admin API as this person. */
    public AdminClient.Caller admin(AdminClient client, String channel) {
        AdminClient.Caller caller = client.as(token, channel);
        return onBehalfOf == null ? caller : caller.onBehalfOf(onBehalfOf);
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean isStaff() {
        return user != null && "STAFF".equals(user.kind());
    }

    public boolean isStudent() {
        return user != null && "STUDENT".equals(user.kind());
    }
}
