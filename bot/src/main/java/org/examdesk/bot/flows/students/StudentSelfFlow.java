package org.examdesk.bot.flows.students;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentModels.StudentSelf;
import org.examdesk.admin.client.StudentModels.StudentSession;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * A student's own results account: first the identity check (email, date of birth, UCI), then the status in
 * plain words, re-sending the welcome email to the address on file, the forgotten-password route, and when the
 * exams officer must act. It only ever reads the account the check proved; nobody else's.
 */
public final class StudentSelfFlow implements Flow {
    static final String NAME = "my_account";

    /** What the identity check has gathered so far. */
    record Identity(String email, LocalDate dob) {}

    enum Step {
        EMAIL,
        DOB,
        UCI,
        ACCOUNT
    }

    private final Function<AdminClient.Caller, OwnAccount> accounts;

    /** {@code accounts} gives a student's own account as a caller sees it ({@link OwnAccount#over}). */
    public StudentSelfFlow(Function<AdminClient.Caller, OwnAccount> accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return !speaker.isStaff() && intent.is("my_account");
    }

    /**
     * A signed-in student is shown their account at once, and a visitor who says their account has a problem goes
     * to the identity check; a visitor's question about how accounts work gets the article first, with the check
     * offered.
     */
    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return turn.speaker().isStudent() || !intent.asksHow();
    }

    @Override
    public String offer(Intent intent) {
        return "Check my account";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        turn.state().enter(NAME, Step.EMAIL);
        if (turn.speaker().isStudent()) {
            showAccount(turn, accounts.apply(turn.admin()));
            return;
        }
        turn.say("I can look at your own results account once I know it's you. Three quick questions, and you "
                + "can say \"cancel\" at any time.");
        turn.say("First: which email address did your school register for you?");
    }

    @Override
    public void resume(Turn turn) {
        String text = turn.text() == null ? "" : turn.text().trim();
        Step step = turn.state().step(Step.class);
        if (step == null) {
            turn.state().clear();
            return;
        }
        switch (step) {
            case EMAIL -> {
                if (!text.matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}")) {
                    turn.say("That doesn't look like an email address. Type it like name@example.org.");
                    return;
                }
                turn.state().write(new Identity(text, null));
                turn.state().step(Step.DOB);
                turn.state().awaitSecretAnswer();
                turn.say("Thanks. What is your date of birth? For example 14/03/2010.");
            }
            case DOB -> {
                Optional<LocalDate> dob = Entities.parseDate(text);
                if (dob.isEmpty()) {
                    turn.state().awaitSecretAnswer();
                    turn.say("I couldn't read that date. Type it as day/month/year, e.g. 14/03/2010.");
                    return;
                }
                turn.state()
                        .write(new Identity(turn.state().read(Identity.class).email(), dob.get()));
                turn.state().step(Step.UCI);
                turn.state().awaitSecretAnswer();
                turn.say("And your UCI (Unique Candidate Identifier)? It has 13 characters; your exams officer can "
                        + "tell you what it is.");
            }
            case UCI -> check(turn, text.toUpperCase(Locale.ROOT).replace(" ", ""));
            case ACCOUNT -> onAccountButton(turn);
        }
    }

    private void check(Turn turn, String uci) {
        Identity identity = turn.state().read(Identity.class);
        try {
            StudentSession session = accounts.apply(turn.service())
                    .identityCheck(identity.email() == null ? "" : identity.email(), identity.dob(), uci);
            turn.state().write(new Identity(null, null));
            turn.add(new Reply.SignedIn(session.token(), session.student().forename(), "STUDENT"));
            showAccount(turn, accounts.apply(turn.admin().withToken(session.token())));
        } catch (AdminApiException e) {
            if (e.status() >= 500) {
                throw e;
            }
            turn.state().clear();
            turn.say("Those details don't match an account I can show you. " + e.getMessage()
                    + " If you are sure they are right, ask your exams officer to check your account.");
        }
    }

    private void showAccount(Turn turn, OwnAccount self) {
        StudentSelf account = self.me();
        turn.say("Your account status is " + Wording.status(account.status()) + ". " + account.meaning());
        turn.state().step(Step.ACCOUNT);
        switch (account.status()) {
            case "NOT_ACTIVATED" -> turn.choices(
                    "Your welcome email, with your activation code, went to " + account.email()
                            + ". Shall I send it again?",
                    List.of(
                            turn.option("Yes, send it again", "resend"),
                            turn.option("That address is wrong", "wrong_email")));
            case "FAILED_ACTIVATION" -> finish(
                    turn,
                    "Your exams officer needs to check the email address and date "
                            + "of birth on your account and then reactivate it; you will get a fresh email to try again. If your "
                            + "date of birth is wrong, your exams officer asks the board to correct it.");
            case "FORGOTTEN_PASSWORD" -> finish(
                    turn,
                    "Use the forgotten-password link on the sign-in page of the "
                            + "student results service to set a new password. You don't need your exams officer for this.");
            case "LOCKED" -> finish(
                    turn,
                    "Your exams officer has to reactivate your account; you will then get a new "
                            + "activation link by email.");
            default -> finish(
                    turn,
                    "You can sign in and see your results. If you forget your password, use the "
                            + "forgotten-password link on the sign-in page.");
        }
    }

    private void onAccountButton(Turn turn) {
        String action = turn.action() == null ? "" : turn.action();
        if (action.equals("resend")) {
            try {
                accounts.apply(turn.adminOnce("resend")).resendEmail();
                finish(turn, "Done: the email is on its way to the address on file. Check your junk folder too.");
            } catch (AdminApiException e) {
                if (e.status() >= 500) {
                    throw e;
                }
                finish(turn, "I could not send it: " + e.getMessage());
            }
        } else if (action.equals("wrong_email")) {
            finish(
                    turn,
                    "Only your exams officer can change the email address on your account. Ask them to correct "
                            + "it; a new welcome email then goes to the right address.");
        } else {
            turn.say("Please use the buttons above, or say \"cancel\".");
        }
    }

    private static void finish(Turn turn, String text) {
        turn.say(text);
        turn.state().clear();
    }
}
