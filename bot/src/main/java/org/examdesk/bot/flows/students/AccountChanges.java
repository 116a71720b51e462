package org.examdesk.bot.flows.students;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.students.AccountState.Change;
import org.examdesk.bot.flows.students.AccountState.Step;
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
        AccountState state = turn.state().read(AccountState.class);
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
                if (state.newEmail() != null) {
                    confirmEmail(turn, state.newEmail());
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
        AccountState state = turn.state().read(AccountState.class);
        switch (status) {
            case "LOCKED" -> confirmReactivate(turn);
            case "FAILED_ACTIVATION" -> {
                turn.state().step(Step.CHECK_FAILED);
                turn.choices(
                        "Please check two things with the student: is " + state.email()
                                + " their email address, and is their date of birth right?",
                        List.of(
                                turn.option("Both are right", "both_right"),
                                turn.option("The email is wrong", "email_wrong"),
                                turn.option("The date of birth is wrong", "dob_wrong")));
            }
            case "NOT_ACTIVATED" -> {
                turn.state().step(Step.CHECK_EMAIL);
                turn.choices(
                        "The welcome email went to " + state.email() + ". Is that the student's " + "address?",
                        List.of(
                                turn.option("Yes, send the welcome email again", "resend"),
                                turn.option("No, change it", "change_email")));
            }
            case "FORGOTTEN_PASSWORD" -> finish(
                    turn,
                    "No staff action is needed: the student uses the "
                            + "forgotten-password link on the sign-in page to set a new password.");
            default -> finish(
                    turn,
                    "The account is active, so the student can sign in. If they cannot, they may be "
                            + "using another email address or need the forgotten-password link.");
        }
    }

    void resume(Turn turn) {
        Step step = turn.state().step(Step.class);
        String action = turn.action() == null ? "" : turn.action();
        switch (step == null ? Step.WHO : step) {
            case CHECK_EMAIL -> {
                if (action.equals("resend")) {
                    confirmEmail(turn, turn.state().read(AccountState.class).email());
                } else {
                    askEmail(turn);
                }
            }
            case CHECK_FAILED -> {
                switch (action) {
                    case "both_right" -> confirmReactivate(turn);
                    case "email_wrong" -> askEmail(turn);
                    case "dob_wrong" -> wrongDateOfBirth.explain(turn);
                    default -> turn.say("Please choose one of the answers above, or say \"cancel\".");
                }
            }
            case CORRECT_DOB -> wrongDateOfBirth.onCorrectDate(turn);
            case ASK_EMAIL -> onNewEmail(turn);
            case ASK_REASON -> onReason(turn, action);
            case CONFIRM -> execute(turn, action);
            default -> finish(turn, "Let's start again: what would you like to do?");
        }
    }

    private void askEmail(Turn turn) {
        turn.state().step(Step.ASK_EMAIL);
        turn.say("What is the correct email address for "
                + turn.state().read(AccountState.class).studentName() + "?");
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
        AccountState state = turn.state().read(AccountState.class);
        turn.state().step(Step.ASK_REASON);
        turn.say("Removing results access is for exceptional cases only: a security breach, suspected misuse or a "
                + "welfare concern. Afterwards " + state.studentName() + " sees no "
                + Wording.permission(state.permission()) + " until the centre or a board administrator "
                + "grants access again.");
        turn.choices(
                "Why are you removing access?",
                REASONS.stream()
                        .map(r -> turn.option(capitalise(Wording.reason(r)), "reason:" + r))
                        .toList());
    }

    /** A pressed reason, or a typed one in the person's own words ("they were cheating" is suspected misuse). */
    private void onReason(Turn turn, String action) {
        String reason = action.startsWith("reason:")
                ? action.substring(7)
                : turn.text() == null ? "" : Slots.removalReason(turn.text()).orElse("");
        if (!REASONS.contains(reason)) {
            turn.say("Results access is removed only for a security breach, suspected misuse or a welfare concern. "
                    + "Please choose one of the reasons above, or say \"cancel\".");
            return;
        }
        AccountState state = turn.state().read(AccountState.class).withReason(reason);
        turn.state().write(state);
        confirm(
                turn,
                "Remove " + Wording.permission(state.permission()) + " access for " + state.studentName() + " (reason: "
                        + Wording.reason(reason) + ")?",
                Change.REMOVE);
    }

    private void confirmReactivate(Turn turn) {
        AccountState state = turn.state().read(AccountState.class);
        confirm(
                turn,
                "Reactivate the account of " + state.studentName() + "? The failure counters "
                        + "are reset and a new activation link is emailed to " + state.email() + ".",
                Change.REACTIVATE);
    }

    private void confirmEmail(Turn turn, String email) {
        AccountState state = turn.state().read(AccountState.class).withNewEmail(email);
        turn.state().write(state);
        String old = String.valueOf(state.email());
        String summary = email.equalsIgnoreCase(old)
                ? "Send a new welcome email to " + email + " for " + state.studentName() + "?"
                : "Change the email of " + state.studentName() + " from " + old + " to " + email
                        + "? A new welcome email is sent to " + email + ".";
        confirm(turn, summary, Change.EMAIL);
    }

    private void confirmGrant(Turn turn) {
        AccountState state = turn.state().read(AccountState.class);
        confirm(
                turn,
                "Grant " + Wording.permission(state.permission()) + " access to " + state.studentName() + "?",
                Change.GRANT);
    }

    private void confirm(Turn turn, String summary, Change change) {
        turn.state().write(turn.state().read(AccountState.class).confirming(change));
        turn.state().step(Step.CONFIRM);
        turn.confirm(summary, "do:" + change.key());
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
            Change confirming = turn.state().read(AccountState.class).confirming();
            action = answer == Slots.YesNo.YES && confirming != null ? "do:" + confirming.key() : "";
        }
        Optional<Change> change = action.startsWith("do:") ? Change.ofKey(action.substring(3)) : Optional.empty();
        if (change.isEmpty()) {
            turn.say("Please answer with the buttons above (or type yes or no), or say \"cancel\".");
            return;
        }
        AdminClient.Caller once = turn.adminOnce(change.get().key());
        try {
            AccountState state = turn.state().read(AccountState.class);
            finish(
                    turn,
                    new AccountActions(accounts.apply(once)).run(change.get(), state) + " Reference: "
                            + once.reference() + ".");
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
