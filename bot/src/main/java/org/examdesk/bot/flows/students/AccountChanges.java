package org.examdesk.bot.flows.students;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import java.util.function.Function;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.understanding.Slots;

/**
 * The checks and changes of domain section 1 as conversation steps. Every change is shown exactly, confirmed,
 * then made through the admin API as the staff member with an idempotency key, and reported with its reference.
 */
final class AccountChanges {
    private static final List<String> REASONS = List.of("SECURITY_BREACH", "SUSPECTED_MISUSE", "WELFARE_CONCERN");

    private final WrongDateOfBirth wrongDateOfBirth = new WrongDateOfBirth();
    private final Function<AdminClient.Caller, StudentAccounts> accounts;

    AccountChanges(Function<AdminClient.Caller, StudentAccounts> accounts) {
        this.accounts = accounts;
    }

    void propose(Turn turn, StudentDetail detail, Goal goal) {
        ObjectNode data = turn.state().data();
        data.put("mock", detail.student().permissions().mock());
        data.put("highStakes", detail.student().permissions().highStakes());
        String status = detail.student().status();
        switch (goal) {
            case REACTIVATE -> {
                if (detail.diagnosis().offers("REACTIVATE")) {
                    confirmReactivate(turn);
                } else {
                    turn.say("Reactivation is only for accounts with Failed Activation or Locked status, so I won't "
                            + "reactivate this one.");
                    byStatus(turn, status);
                }
            }
            case CHANGE_EMAIL -> {
                if (data.hasNonNull("newEmail")) {
                    confirmEmail(turn, data.get("newEmail").asText());
                } else {
                    askEmail(turn);
                }
            }
            case REMOVE_ACCESS -> askReason(turn);
            case GRANT_ACCESS -> confirmGrant(turn);
            case DIAGNOSE -> byStatus(turn, status);
        }
    }

    private void byStatus(Turn turn, String status) {
        ObjectNode data = turn.state().data();
        switch (status) {
            case "LOCKED" -> confirmReactivate(turn);
            case "FAILED_ACTIVATION" -> {
                turn.state().step("check_failed");
                turn.choices("Please check two things with the student: is " + data.path("email").asText()
                        + " their email address, and is their date of birth right?", List.of(
                        turn.option("Both are right", "both_right"),
                        turn.option("The email is wrong", "email_wrong"),
                        turn.option("The date of birth is wrong", "dob_wrong")));
            }
            case "NOT_ACTIVATED" -> {
                turn.state().step("check_email");
                turn.choices("The welcome email went to " + data.path("email").asText() + ". Is that the student's "
                        + "address?", List.of(
                        turn.option("Yes, send the welcome email again", "resend"),
                        turn.option("No, change it", "change_email")));
            }
            case "FORGOTTEN_PASSWORD" -> finish(turn, "No staff action is needed: the student uses the "
                    + "forgotten-password link on the sign-in page to set a new password.");
            default -> finish(turn, "The account is active, so the student can sign in. If they cannot, they may be "
                    + "using another email address or need the forgotten-password link.");
        }
    }

    void resume(Turn turn) {
        String step = turn.state().step();
        String action = turn.action() == null ? "" : turn.action();
        switch (step) {
            case "check_email" -> {
                if (action.equals("resend")) {
                    confirmEmail(turn, turn.state().data().path("email").asText());
                } else {
                    askEmail(turn);
                }
            }
            case "check_failed" -> {
                switch (action) {
                    case "both_right" -> confirmReactivate(turn);
                    case "email_wrong" -> askEmail(turn);
                    case "dob_wrong" -> wrongDateOfBirth.explain(turn);
                    default -> turn.say("Please choose one of the answers above, or say \"cancel\".");
                }
            }
            case WrongDateOfBirth.STEP -> wrongDateOfBirth.onCorrectDate(turn);
            case "ask_email" -> onNewEmail(turn);
            case "ask_reason" -> onReason(turn, action);
            case "confirm" -> execute(turn, action);
            default -> finish(turn, "Let's start again: what would you like to do?");
        }
    }

    private void askEmail(Turn turn) {
        turn.state().step("ask_email");
        turn.say("What is the correct email address for " + turn.state().data().path("studentName").asText() + "?");
    }

    /** The answer is read for the address wherever it is: "her new email is x@y" gives x@y. */
    private void onNewEmail(Turn turn) {
        String text = turn.text() == null ? "" : turn.text().trim();
        Optional<String> email = Slots.newEmail(text, null);
        if (email.isEmpty()) {
            turn.say("That doesn't look like an email address. Type it like name@example.org, or say \"cancel\".");
            return;
        }
        confirmEmail(turn, email.get());
    }

    private void askReason(Turn turn) {
        ObjectNode data = turn.state().data();
        turn.state().step("ask_reason");
        turn.say("Removing results access is for exceptional cases only: a security breach, suspected misuse or a "
                + "welfare concern. Afterwards " + data.path("studentName").asText() + " sees no "
                + Wording.permission(data.path("permission").asText()) + " until the centre or a board administrator "
                + "grants access again.");
        turn.choices("Why are you removing access?", REASONS.stream()
                .map(r -> turn.option(capitalise(Wording.reason(r)), "reason:" + r)).toList());
    }

    /** A pressed reason, or a typed one in the person's own words ("they were cheating" is suspected misuse). */
    private void onReason(Turn turn, String action) {
        String reason = action.startsWith("reason:") ? action.substring(7)
                : turn.text() == null ? "" : Slots.removalReason(turn.text()).orElse("");
        if (!REASONS.contains(reason)) {
            turn.say("Results access is removed only for a security breach, suspected misuse or a welfare concern. "
                    + "Please choose one of the reasons above, or say \"cancel\".");
            return;
        }
        ObjectNode data = turn.state().data();
        data.put("reason", reason);
        confirm(turn, "Remove " + Wording.permission(data.path("permission").asText()) + " access for "
                + data.path("studentName").asText() + " (reason: " + Wording.reason(reason) + ")?", "remove");
    }

    private void confirmReactivate(Turn turn) {
        ObjectNode data = turn.state().data();
        confirm(turn, "Reactivate the account of " + data.path("studentName").asText() + "? The failure counters "
                + "are reset and a new activation link is emailed to " + data.path("email").asText() + ".", "reactivate");
    }

    private void confirmEmail(Turn turn, String email) {
        ObjectNode data = turn.state().data();
        data.put("newEmail", email);
        String old = data.path("email").asText();
        String summary = email.equalsIgnoreCase(old)
                ? "Send a new welcome email to " + email + " for " + data.path("studentName").asText() + "?"
                : "Change the email of " + data.path("studentName").asText() + " from " + old + " to " + email
                + "? A new welcome email is sent to " + email + ".";
        confirm(turn, summary, "email");
    }

    private void confirmGrant(Turn turn) {
        ObjectNode data = turn.state().data();
        confirm(turn, "Grant " + Wording.permission(data.path("permission").asText()) + " access to "
                + data.path("studentName").asText() + "?", "grant");
    }

    private void confirm(Turn turn, String summary, String what) {
        turn.state().step("confirm");
        turn.state().data().put("confirming", what);
        turn.confirm(summary, "do:" + what);
    }

    /** The confirm button, or a typed "yes, go ahead" / "no". */
    private void execute(Turn turn, String pressed) {
        String action = pressed;
        if (turn.text() != null) {
            Slots.YesNo answer = Slots.yesNo(turn.text());
            if (answer == Slots.YesNo.NO) {
                finish(turn, "Fine, I have changed nothing. What else can I help with?");
                return;
            }
            action = answer == Slots.YesNo.YES ? "do:" + turn.state().data().path("confirming").asText() : "";
        }
        if (!action.startsWith("do:")) {
            turn.say("Please answer with the buttons above (or type yes or no), or say \"cancel\".");
            return;
        }
        String what = action.substring(3);
        AdminClient.Caller once = turn.adminOnce(what);
        try {
            finish(turn, new AccountActions(accounts.apply(once)).run(what, turn.state().data())
                    + " Reference: " + once.reference() + ".");
        } catch (AdminApiException e) {
            if (e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            finish(turn, "I could not do that: " + e.getMessage());
        }
    }

    private static void finish(Turn turn, String text) {
        turn.say(text);
        turn.state().clear();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
