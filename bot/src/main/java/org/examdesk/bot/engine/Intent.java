package org.examdesk.bot.engine;

/** What a message is about, and the things named in it. */
public record Intent(Kind kind, Entities entities, String text) {
    public enum Kind {
        HELP, START_OVER, GREETING, THANKS,
        ACCOUNT_PROBLEM, CHANGE_EMAIL, REACTIVATE, BULK_REACTIVATE, GRANT_ACCESS, REMOVE_ACCESS,
        IMPORT_STUDENTS, EXPORT_CODES,
        OPEN_CASE, TRACK_CASE, MY_CASES, TALK_TO_PERSON,
        RESULTS_ACCESS, CANDIDATE_LOGIN, STALE_LETTERS,
        MY_ACCOUNT,
        QUESTION
    }

    public boolean is(Kind wanted) {
        return kind == wanted;
    }
}
