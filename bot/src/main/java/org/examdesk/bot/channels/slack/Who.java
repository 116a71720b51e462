package org.examdesk.bot.channels.slack;

import org.examdesk.admin.client.SlackAdminClient;

/** A Slack user in a workspace: who sent an event, a command or a button press. */
public record Who(String teamId, String userId) {
    /** How the admin API names this user in {@code X-On-Behalf-Of}. */
    public String subject() {
        return SlackAdminClient.subject(teamId, userId);
    }
}
