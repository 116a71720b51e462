package org.examdesk.bot.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * One-message cases of each kind the rule list got wrong, in phrasings that are not among the training examples,
 * each with words the answer must hold and words it must not. The HTTP channel, the web chat and Slack each run all
 * of them as the demo exams officer of Riverside Academy, every case in a conversation of its own.
 */
public final class UnderstandingCases {
    public record Case(String kind, String message, List<String> answerHolds, List<String> answerLacks) {
        /** Fails unless the answer holds every wanted fragment and none of the unwanted ones. */
        public void check(String answer) {
            for (String wanted : answerHolds) {
                assertThat(answer).as(kind).contains(wanted);
            }
            for (String unwanted : answerLacks) {
                assertThat(answer).as(kind).doesNotContain(unwanted);
            }
        }
    }

    private UnderstandingCases() {}

    public static final List<Case> ALL = List.of(
            new Case(
                    "possessive name with diacritics",
                    "Zoë Łukasiewicz's account still says not activated, can you look",
                    List.of("Zoë Łukasiewicz, year 11", "Not Activated"),
                    List.of("can't find")),
            new Case(
                    "lower case, no accents, a title",
                    "could you unlock ms siobhan oconnor",
                    List.of("Siobhán O'Connor", "Reactivate the account of Siobhán O'Connor"),
                    List.of()),
            new Case(
                    "surname alone with a typo", "please reactivate lukasiewic", List.of("Zoë Łukasiewicz"), List.of()),
            new Case(
                    "hyphenated names typed without hyphens",
                    "hiya, mary jane smith jones has forgotten her password",
                    List.of("Mary-Jane Smith-Jones"),
                    List.of()),
            new Case(
                    "a shared name is a choice",
                    "liam o'brien cant sign in",
                    List.of("2 students match", "year 10", "year 12"),
                    List.of()),
            new Case(
                    "status and product words are not names",
                    "The Support Portal shows Not Activated for one of my pupils, what do I do for her",
                    List.of(),
                    List.of("called Support", "called Not", "called Portal")),
            new Case(
                    "the student and the new address told apart",
                    "pls change the email of Ewan McDonald to ewan.mcd@newmail.example",
                    List.of("Change the email of Ewan McDonald from", "to ewan.mcd@newmail.example"),
                    List.of()),
            new Case(
                    "every candidate is results access, not one candidate",
                    "switch on results access for all our candidates in june 2026 please",
                    List.of("June 2026"),
                    List.of("Which candidate")),
            new Case(
                    "when can I says when",
                    "from what date am I able to make candidate logins for June 2027?",
                    List.of("June 2027", "2027-03-22"),
                    List.of("What is that person's name")),
            new Case(
                    "a member of staff",
                    "could I talk to one of your staff please",
                    List.of(),
                    List.of("I'm not sure I have an article")),
            new Case(
                    "a complaint",
                    "i'm not happy with the service and wish to complain",
                    List.of("complaint"),
                    List.of("I'm not sure I have an article")),
            new Case(
                    "a call back",
                    "can somebody ring me back this afternoon",
                    List.of("call you"),
                    List.of("I'm not sure I have an article")),
            new Case(
                    "a case number in a sentence",
                    "any progress on 99999999 yet?",
                    List.of("can't find case 99999999"),
                    List.of()),
            new Case(
                    "a greeting in front of a request",
                    "good morning! could you reactivate Niamh MacLeod for me",
                    List.of("Reactivate the account of Niamh MacLeod"),
                    List.of()));
}
