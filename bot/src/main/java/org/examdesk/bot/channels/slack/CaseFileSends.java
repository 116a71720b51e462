package org.examdesk.bot.channels.slack;

import java.util.Map;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A case's file, sent to the person's direct message with the bot when they press its button on the case page:
 * Slack cannot carry their ExamDesk session to a download link, so the bot fetches the file through the admin API
 * as them (only who may download it gets it) and uploads it to their direct message, never to a channel.
 */
public final class CaseFileSends {
    /** The action id of a file's button: this and the file's place in the list. */
    public static final String SEND = "examdesk_send_case_file_";

    private static final Logger log = LoggerFactory.getLogger(CaseFileSends.class);
    private static final Pattern ATTACHMENT = Pattern.compile("/api/v1/cases/[A-Za-z0-9-]{1,40}/attachments/\\d{1,18}");

    private final SlackWebApi web;
    private final SlackUsers users;
    private final Replier replier;

    public CaseFileSends(SlackWebApi web, SlackUsers users, Replier replier) {
        this.web = web;
        this.users = users;
        this.replier = replier;
    }

    /** A button's value: the file's admin-API path and its name. */
    static String value(String path, String name) {
        return path + " " + name;
    }

    /** Sends the file a button names to {@code who}; says at {@code place} where it went, or why it could not. */
    public void send(Who who, Place place, String value) {
        int space = value == null ? -1 : value.indexOf(' ');
        if (space < 0 || !ATTACHMENT.matcher(value.substring(0, space)).matches()) {
            replier.say(place, "That button does not name a file of a case.");
            return;
        }
        String path = value.substring(0, space);
        String name = value.substring(space + 1);
        if (users.linked(who).isEmpty()) {
            replier.privately(who, place, SlackTurns.NOT_LINKED_ACTION);
            return;
        }
        byte[] content;
        try {
            content = users.actingAs(who).sendRaw("GET", path, null, null, Map.of());
        } catch (AdminApiException e) {
            replier.say(place, BlockKit.escape(e.getMessage()));
            return;
        }
        String dm;
        try {
            dm = web.openDm(who.userId());
            web.upload(dm, name, content, "Here is " + name + ", from the case's files.");
        } catch (RuntimeException e) {
            log.error("Could not upload a case file to a direct message: {}", e.toString());
            replier.say(place, "I could not send you " + BlockKit.escape(name) + " just now. Please try again.");
            return;
        }
        if (!dm.equals(place.channelId())) {
            replier.say(place, "I have sent " + BlockKit.escape(name) + " to you in our direct messages.");
        }
    }
}
