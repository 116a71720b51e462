package org.examdesk.bot.flows.students;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * Registering students with a file, either way: importing a CSV or Excel file of students, or exporting the
 * verification codes of a series. Both carry personal data or codes, so the file itself never passes through the
 * conversation (whose transcript is kept and may go with a case): the web chat has its own import and export
 * panels, and Slack takes a file shared in the direct message. This says how, with the task's articles, to the
 * staff who may do it, and tells anyone else who can.
 */
public final class StudentFilesFlow implements Flow {
    /** The import template, served by the admin API to the staff who may import (the web chat fetches it as them). */
    static final String TEMPLATE_URL = "/api/v1/students/imports/template.csv";

    private static final Pattern TEMPLATE = Pattern.compile("\\b(template|blank\\s+(csv|spreadsheet|file))\\b");
    private static final List<String> STUDENT_ADMINS = List.of("EXAMS_OFFICER", "EXAMS_MANAGER", "EXAMS_ASSISTANT");

    @Override
    public String name() {
        return "student_files";
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && (intent.is("import_students") || intent.is("export_codes"));
    }

    /** Its first turn explains the task with its articles, so a question starts it too. */
    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return true;
    }

    @Override
    public void start(Turn turn, Intent intent) {
        boolean export = intent.is("export_codes");
        if (STUDENT_ADMINS.stream().noneMatch(turn.speaker().user()::hasRole)) {
            turn.say("Only your centre's exams officers, exams managers and exams assistants can "
                    + (export ? "export verification codes" : "import students") + "; please ask one of them.");
            return;
        }
        if (!export && TEMPLATE.matcher(intent.text().toLowerCase(Locale.ROOT)).find()) {
            turn.say("Here is the student import template: a CSV file with the columns the import reads, in order. "
                    + "Fill in one student a row, then send it to me with \"Import students from a file\".");
            turn.add(new Reply.Table("Student import template", List.of(), List.of(), TEMPLATE_URL));
            return;
        }
        if (export) {
            turn.say("Exporting verification codes creates a results account for every candidate your centre entered "
                    + "for the series who has none, and gives you a CSV file of their verification codes and "
                    + "activation links to hand out. Each code works once and expires; the file cannot be downloaded "
                    + "again, so keep it safe (exporting again with \"reissue\" gives fresh codes to those not yet "
                    + "activated). In the web chat, open \"Export verification codes\" below the conversation, give "
                    + "the series (for example june-2026), accept responsibility for the file and download it.");
        } else {
            turn.say("Send me a CSV or Excel file of up to 600 students: in the web chat with \"Import students from "
                    + "a file\" below the conversation, or in Slack by sharing the file in my direct messages. I check "
                    + "every row against your centre's exam entries and existing accounts, import all of them or none, "
                    + "and show any rejected rows so you can fix and send them again.");
        }
        turn.withTaskArticles();
    }

    @Override
    public void resume(Turn turn) {
        // never keeps the conversation: each request is answered at once
    }
}
