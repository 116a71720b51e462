package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.BookingModels.Claim;
import org.examdesk.admin.client.BookingModels.Reason;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "Why is my claim ineligible?" (domain section 3): lists the centre's claims kept ineligible (of one learner or
 * one reference when the message names them) with each reason the admin API gives (the mandatory unit missing, the
 * credits short, the wrong pathway), and what to do next. Answers at once; changes nothing.
 */
public final class IneligibleClaimsFlow implements Flow {
    static final String NAME = "ineligible_claims";
    private static final Pattern REFERENCE = Pattern.compile("\\b(AC\\d+)\\b", Pattern.CASE_INSENSITIVE);

    private final LearnerReferences references;
    private final LearnerAccess access;
    private final Function<AdminClient.Caller, CentreLearners> learners;
    private final Function<AdminClient.Caller, CentreBookings> bookings;

    public IneligibleClaimsFlow(
            NameWords nameWords,
            KnowledgeBase knowledge,
            Function<AdminClient.Caller, CentreLearners> learners,
            Function<AdminClient.Caller, CentreBookings> bookings) {
        this.references = new LearnerReferences(nameWords);
        this.access = new LearnerAccess(knowledge, true);
        this.learners = learners;
        this.bookings = bookings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is(NAME);
    }

    /**
     * "Why is my claim ineligible?" is about the person's own claims: answered from the data at once; "how do I fix
     * an ineligible claim?", or a question from someone who may not see claims, is answered from the articles.
     */
    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        if (!intent.asksHow()) {
            return true;
        }
        if (intent.text().toLowerCase(Locale.ROOT).matches("(?s).*\\bhow (do|can|should) (i|we|you)\\b.*")) {
            return false;
        }
        try {
            ineligible(turn);
            return true;
        } catch (AdminApiException e) {
            return false;
        }
    }

    private List<Claim> ineligible(Turn turn) {
        return turn.once(NAME, () -> bookings.apply(turn.admin()).claims("INELIGIBLE"));
    }

    @Override
    public String offer(Intent intent) {
        return "Show my ineligible claims";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        turn.state().clear();
        access.guarded(turn, () -> answer(turn, intent.text()));
    }

    @Override
    public void resume(Turn turn) {
        turn.state().clear();
    }

    private void answer(Turn turn, String text) {
        List<Claim> claims = ineligible(turn);
        Matcher ref = REFERENCE.matcher(text);
        String about = "";
        if (ref.find()) {
            String wanted = ref.group(1).toUpperCase(Locale.ROOT);
            claims = claims.stream().filter(c -> c.reference().equals(wanted)).toList();
            about = " with reference " + wanted;
        } else {
            List<Learner> named = references
                    .find(learners.apply(turn.admin()), When.without(text))
                    .all();
            if (!named.isEmpty()) {
                List<Long> ids = named.stream().map(Learner::id).toList();
                claims =
                        claims.stream().filter(c -> ids.contains(c.learnerId())).toList();
                about = " for "
                        + Wording.names(
                                named.stream().map(Wording::name).distinct().toList());
            }
        }
        turn.withTaskArticles();
        if (claims.isEmpty()) {
            turn.say("There is no ineligible claim" + about + " at your centre: every claim made has been submitted.");
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(
                claims.size() == 1
                        ? "One claim" + about + " is kept ineligible, unsubmitted:"
                        : claims.size() + " claims" + about + " are kept ineligible, unsubmitted:");
        for (Claim c : claims.stream().limit(20).toList()) {
            lines.add("\u2022 " + c.learnerName() + " (" + c.learnerRef() + "), claim " + c.reference() + ", "
                    + c.awardType().toLowerCase(Locale.ROOT) + " award on " + c.productTitle() + ": "
                    + String.join(
                            " ", c.reasons().stream().map(Reason::sentence).toList()));
        }
        if (claims.size() > 20) {
            lines.add("\u2026 and " + (claims.size() - 20) + " more.");
        }
        lines.add("Edit an ineligible claim by its reference (add the missing unit with its grade, or claim Interim or "
                + "Fallback instead) and it is checked again; a learner on the wrong pathway needs the board's account "
                + "specialist.");
        turn.say(String.join("\n", lines));
    }
}
