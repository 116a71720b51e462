package org.examdesk.bot.engine;

import org.examdesk.admin.client.ClientModels.User;

/**
 * Who is talking: a signed-in person (their token, used for every admin-API call made for them, and who they
 * are), or an anonymous visitor (both null).
 */
public record Speaker(String token, User user) {
    public static Speaker anonymous() {
        return new Speaker(null, null);
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
