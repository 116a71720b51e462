package org.examdesk.bot.channels.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.imports.StudentImports;

/**
 * A file shared in the bot's DM. Anything but CSV or XLSX is explained. A learner group's file (the template's
 * columns) goes to the learner-group conversation. For another CSV or XLSX the linked person is first asked for the consent warranty (a button); on the press the file is downloaded with the bot token and
 * sent to the students import API as that person, and the report is posted back.
 */
public final class FileImports {
    public static final String CONSENT = "examdesk_import_consent";
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** A case attachment's limit (the admin API's); a larger one is not downloaded. */
    static final long CASE_FILE_BYTES = 10L * 1024 * 1024;

    private final SlackWebApi web;
    private final SlackUsers users;
    private final Replier replier;
    private final AdminClient admin;
    private final StudentImports imports = new StudentImports();
    private final SlackTurns turns;

    public FileImports(SlackWebApi web, SlackUsers users, Replier replier, AdminClient admin, SlackTurns turns) {
        this.web = web;
        this.users = users;
        this.replier = replier;
        this.admin = admin;
        this.turns = turns;
    }

    /**
     * A file was shared, with {@code text} beside it (null if none): explain a wrong one; hand a learner group's
     * file to the conversation (the text may name the group); or ask for the consent warranty before importing
     * students.
     */
    public void shared(Who who, Place place, String fileId, String text) {
        if (attachedToCase(who, place, fileId, text)) {
            return;
        }
        Optional<File> file = importable(place, fileId);
        if (file.isEmpty()) {
            return;
        }
        if (!users.speaker(who).signedIn()) {
            replier.say(
                    place,
                    "I can import students only for people who have linked Slack to ExamDesk. "
                            + SlackTurns.LINK_PROMPT);
            return;
        }
        File shared = file.get();
        if (turns.file(
                who, place, () -> new SharedFile(shared.getName(), shared.getMimetype(), content(shared), text))) {
            return;
        }
        String question = "Before I import *" + BlockKit.escape(file.get().getName()) + "*: do you confirm that these "
                + "students consented to the processing of their personal data, and that your centre may share their "
                + "email addresses? At most 600 students per file.";
        web.postMessage(
                place,
                "Confirm the import of " + file.get().getName(),
                List.of(
                        section(s -> s.text(markdownText(question))),
                        actions(a -> a.elements(List.of(button(b -> b.actionId(CONSENT)
                                .value(fileId)
                                .style("primary")
                                .text(plainText("Yes, I confirm: import"))))))));
    }

    /**
     * While a case is looked at in the direct message, any file shared there goes to that case. One over the
     * attachments' limit is not downloaded: the limit is explained, as the admin API would.
     */
    private boolean attachedToCase(Who who, Place place, String fileId, String text) {
        Optional<File> found = web.file(fileId);
        if (found.isEmpty()) {
            return false;
        }
        File file = found.get();
        SharedFile described = new SharedFile(file.getName(), file.getMimetype(), null, text);
        long size = file.getSize() == null ? 0 : file.getSize();
        String refusal = size <= CASE_FILE_BYTES
                ? null
                : "Attachments are limited to 10 MB (" + String.format("%,d", CASE_FILE_BYTES) + " bytes) per file; *"
                        + BlockKit.escape(file.getName()) + "* has " + String.format("%,d", size)
                        + " bytes. Nothing was attached.";
        return turns.caseFile(who, place, described, () -> download(file, CASE_FILE_BYTES + 1), refusal);
    }

    /** The consent button was pressed: import as the person who pressed it and post the report. */
    public void confirmed(Who who, Place place, String fileId) {
        Speaker speaker = users.speaker(who);
        if (!speaker.signedIn()) {
            replier.privately(who, place, SlackTurns.NOT_LINKED_ACTION);
            return;
        }
        Optional<File> file = importable(place, fileId);
        if (file.isEmpty()) {
            return;
        }
        byte[] content = content(file.get());
        try {
            replier.post(
                    place,
                    imports.upload(
                            speaker.admin(admin, SlackTurns.CHANNEL),
                            file.get().getName(),
                            file.get().getMimetype() == null
                                    ? "application/octet-stream"
                                    : file.get().getMimetype(),
                            content));
        } catch (AdminApiException e) {
            replier.say(
                    place,
                    e.status() < 500
                            ? "Nothing was imported: " + BlockKit.escape(e.getMessage())
                            : "Something went wrong on our side and nothing was imported. Please try again shortly.");
        }
    }

    private byte[] content(File file) {
        return download(file, MAX_BYTES);
    }

    private byte[] download(File file, long maxBytes) {
        String url = file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
        return web.download(url, (int) maxBytes);
    }

    private Optional<File> importable(Place place, String fileId) {
        Optional<File> found = web.file(fileId);
        if (found.isEmpty()) {
            replier.say(place, "I could not open that file. Please share it again.");
            return Optional.empty();
        }
        File file = found.get();
        String type = file.getFiletype() == null ? "" : file.getFiletype().toLowerCase(Locale.ROOT);
        if (!StudentImports.EXTENSIONS.contains(type)) {
            replier.say(
                    place,
                    "I can import students from a CSV or XLSX file only; *" + BlockKit.escape(file.getName())
                            + "* is a " + (type.isEmpty() ? "different kind of" : BlockKit.escape(type))
                            + " file. Save it as "
                            + "CSV (or XLSX) with the columns of the import template and share it here again.");
            return Optional.empty();
        }
        if (file.getSize() != null && file.getSize() > MAX_BYTES) {
            replier.say(place, "That file is too large for an import (the limit is 5 MB, and 600 students per file).");
            return Optional.empty();
        }
        return found;
    }
}
