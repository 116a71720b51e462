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
 * Importing students from a file: a CSV or Excel file carries personal data, so it never passes through the
 * conversation (whose transcript is kept and may go with a case): the web chat has its own import panel, and Slack
 * takes a file shared in the direct message. This says how, with the task's articles, to the staff who may do it,
 * tells anyone else who can, and hands out the import template. (Exporting verification codes is
 * {@link VerificationCodesFlow}.)
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
        return speaker.isStaff() && intent.is("import_students");
    }

    /** Its first turn explains the task with its articles, so a question starts it too. */
    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return true;
    }

    @Override
    public void start(Turn turn, Intent intent) {
        if (STUDENT_ADMINS.stream().noneMatch(turn.speaker().user()::hasRole)) {
            turn.say("Only your centre's exams officers, exams managers and exams assistants can import students; "
                    + "please ask one of them.");
            return;
        }
        if (TEMPLATE.matcher(intent.text().toLowerCase(Locale.ROOT)).find()) {
            turn.say("Here is the student import template: a CSV file with the columns the import reads, in order. "
                    + "Fill in one student a row, then send it to me with \"Import students from a file\".");
            turn.add(new Reply.Table("Student import template", List.of(), List.of(), TEMPLATE_URL));
            return;
        }
        turn.say("Send me a CSV or Excel file of up to 600 students: in the web chat with \"Import students from "
                + "a file\" below the conversation, or in Slack by sharing the file in my direct messages. I check "
                + "every row against your centre's exam entries and existing accounts, import all of them or none, "
                + "and show any rejected rows so you can fix and send them again.");
        turn.withTaskArticles();
    }

    @Override
    public void resume(Turn turn) {
        // never keeps the conversation: each request is answered at once
    }
}
