package org.examdesk.bot.engine;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.examdesk.bot.engine.Intent.Kind;

/**
 * Decides what a message is about from its words and the things it names. Rules are tried in order; the first
 * that matches wins; anything else is a question for the article search.
 */
public final class IntentRecognizer {
    private record Rule(Kind kind, Pattern pattern, boolean needsStudent) {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.START_OVER, p("^(start over|start again|restart|cancel|stop|reset chat|never mind|nevermind)[.!]*$"), false),
            new Rule(Kind.HELP, p("^(help|\\?|menu|what can you do\\??|options)[.!]*$"), false),
            new Rule(Kind.GREETING, p("^(hi|hello|hey|good (morning|afternoon|evening))\\b[ a-z!,.]{0,20}$"), false),
            new Rule(Kind.THANKS, p("^(thanks|thank you|cheers|ta)\\b.{0,30}$"), false),
            new Rule(Kind.TALK_TO_PERSON, p("\\b(talk|speak|chat) (to|with) (a |an )?(person|human|agent|someone|somebody|real person)\\b|\\bhuman please\\b|\\blive chat\\b"), false),
            new Rule(Kind.MY_CASES, p("\\bmy (cases|tickets|queries)\\b"), false),
            new Rule(Kind.TRACK_CASE, p("\\b(case|ticket|reference)( number| no\\.?)? ?#?\\d{8}\\b|^\\d{8}$"), false),
            new Rule(Kind.OPEN_CASE, p("\\b(open|raise|log|create|start) (a |an )?(new )?(case|ticket|query|support request)\\b|\\bcontact (support|the board)\\b"), false),
            new Rule(Kind.BULK_REACTIVATE, p("\\b(reactivate|re-activate|unlock)\\b.*\\b(all|every|each)\\b.*\\blocked\\b"), false),
            new Rule(Kind.STALE_LETTERS, p("\\b(changed|change|updated) the (delay|contact)\\b|\\bletters?\\b.*\\b(stale|out of date|regenerate)\\b|\\bregenerate\\b"), false),
            new Rule(Kind.CANDIDATE_LOGIN, p("\\bcandidate\\b.*\\b(log ?in|sign ?in|access)\\b.*|\\bwhy can'?t candidate\\b"), false),
            new Rule(Kind.RESULTS_ACCESS, p("\\b(give|grant|set up|switch on|turn on)\\b.*\\bcandidates?\\b.*\\b(results? access|access|logins?|credentials)\\b|\\b(candidate )?(login )?letters\\b|\\bcandidate (logins|credentials)\\b"), false),
            new Rule(Kind.REMOVE_ACCESS, p("\\b(remove|revoke|take away|withdraw|switch off|turn off)\\b.*\\b(mock|high.stakes|results? access|permission)"), true),
            new Rule(Kind.GRANT_ACCESS, p("\\b(grant|give|restore|allow|switch on|turn on)\\b.*\\b(mock|high.stakes|results? access|permission)"), true),
            new Rule(Kind.CHANGE_EMAIL, p("\\b(change|update|correct|fix|edit|amend|wrong)\\b.*\\be-?mail\\b|\\be-?mail\\b.*\\b(is wrong|was wrong|incorrect|typo)\\b"), true),
            new Rule(Kind.REACTIVATE, p("\\b(reactivate|re-activate|unlock)\\b"), true),
            new Rule(Kind.IMPORT_STUDENTS, p("\\b(import|upload|register)\\b.*\\b(students|csv|spreadsheet|file)\\b"), false),
            new Rule(Kind.EXPORT_CODES, p("\\b(export|download|get|create)\\b.*\\bverification codes?\\b"), false),
            new Rule(Kind.MY_ACCOUNT, p("\\b(my|i)\\b.*\\b(account|log ?in|sign ?in|activat\\w*|password|locked)\\b|\\bmy (results|status)\\b|\\bnever got my\\b"), false),
            new Rule(Kind.ACCOUNT_PROBLEM, p("\\b(can'?t|cannot|unable to|won'?t|doesn'?t|not able to)\\b.*\\b(log ?in|sign ?in|activate|access|get in)\\b|\\blocked\\b|\\b(status|account)\\b|\\bwhat'?s wrong\\b|\\bwhat is wrong\\b|\\b(check|look at|look into|problem|issue|trouble)\\b|\\bactivation\\b|\\bforgot\\w* (their |his |her )?password\\b"), true));

    /** "How do I reactivate…" asks how something works; "reactivate Sam" asks for it to be done. */
    private static final Pattern HOW_QUESTION = Pattern.compile(
            "^(how|what|why|when|where|which|who|can i|can you explain|do i|does|is there|is it|should i|explain)\\b");

    /** "My student is locked out" is about someone else's account, not the speaker's own. */
    private static final Pattern ABOUT_OTHERS = Pattern.compile(
            "\\b(my|a|the|our|their) (students?|pupils?|candidates?|learners?)\\b");

    public Intent recognise(String text, boolean staff) {
        String normal = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        Entities entities = Entities.extract(text);
        boolean namesStudent = entities.name().isPresent() || !entities.ucis().isEmpty() || !entities.emails().isEmpty();
        for (Rule rule : RULES) {
            if (!rule.pattern().matcher(normal).find()) {
                continue;
            }
            boolean asksHow = HOW_QUESTION.matcher(normal).find();
            if (rule.kind() == Kind.MY_ACCOUNT && (staff || ABOUT_OTHERS.matcher(normal).find())) {
                continue;
            }
            if (rule.needsStudent() && !(staff && (namesStudent || (rule.kind() != Kind.ACCOUNT_PROBLEM && !asksHow)))) {
                continue;
            }
            return new Intent(rule.kind(), entities, text);
        }
        return new Intent(Kind.QUESTION, entities, text);
    }
}
