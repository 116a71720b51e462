package org.examdesk.admin.slack;

import java.util.List;
import java.util.regex.Pattern;
import org.examdesk.admin.web.ApiException;

/** A Slack user in a workspace (team), as Slack names them: upper-case letters and digits. */
record SlackUser(String teamId, String userId) {
    static final Pattern SLACK_ID = Pattern.compile("[A-Z0-9]{1,32}");

    static SlackUser checked(String teamId, String userId) {
        if (teamId == null
                || userId == null
                || !SLACK_ID.matcher(teamId).matches()
                || !SLACK_ID.matcher(userId).matches()) {
            throw ApiException.invalid(
                    "Give the Slack team id and user id, e.g. T0123ABCD and U0123ABCD.",
                    List.of("teamId", "slackUserId"));
        }
        return new SlackUser(teamId, userId);
    }

    /** How {@code X-On-Behalf-Of} and the audit log name this user. */
    String subject() {
        return "slack:" + teamId + ":" + userId;
    }
}
