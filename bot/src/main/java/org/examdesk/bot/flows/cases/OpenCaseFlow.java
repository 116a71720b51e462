package org.examdesk.bot.flows.cases;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseModels.Taxonomy;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchHit;

/**
 * Opens a case from the chat: the contact form's cascade as choices (with articles that may answer it shown
 * as each field is chosen), a subject and description, contact details, the support option, one confirmation;
 * the chat transcript goes with the case. Other flows may hand over to it with fields already filled.
 */
public final class OpenCaseFlow implements Flow {
    public static final String NAME = "open_case";
    static final String SET = "set:";

    /** The steps of opening a case: a handed-over form waiting to begin, the cascade, the details, confirming. */
    enum Step {
        BEGIN,
        FORM,
        SUBJECT,
        DESCRIPTION,
        CONTACT_NAME,
        CONTACT_EMAIL,
        CONTACT_PHONE,
        CONTACT_COUNTRY,
        CONTACT_LANGUAGE,
        CONTACT_INSTITUTION,
        SUPPORT_OPTION,
        CONFIRM
    }

    /** The steps whose answer is typed text: whatever is typed there is the answer. */
    private static final Set<Step> TEXT_STEPS = Set.of(
            Step.SUBJECT,
            Step.DESCRIPTION,
            Step.CONTACT_NAME,
            Step.CONTACT_EMAIL,
            Step.CONTACT_PHONE,
            Step.CONTACT_COUNTRY,
            Step.CONTACT_LANGUAGE,
            Step.CONTACT_INSTITUTION);

    private final KnowledgeBase knowledge;
    private final Function<AdminClient.Caller, SupportCases> cases;
    private final CaseDetailsStep details;

    /** {@code cases} gives the cases as the admin API serves them to a caller ({@link SupportCases#over}). */
    public OpenCaseFlow(KnowledgeBase knowledge, ChatHours hours, Function<AdminClient.Caller, SupportCases> cases) {
        this.knowledge = knowledge;
        this.cases = cases;
        this.details = new CaseDetailsStep(hours, this::cases);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return intent.is("open_case") || intent.is("complaint");
    }

    @Override
    public boolean expectsText(FlowState state) {
        return TEXT_STEPS.contains(state.step(Step.class));
    }

    @Override
    public String offer(Intent intent) {
        return intent.is("complaint") ? "Make a complaint now" : "Open a case now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        if (intent.is("complaint")) {
            turn.say("I'm sorry we have let you down. I'll open a complaint for you; a person reads every one and "
                    + "replies. Say \"cancel\" to stop at any time.");
            startWith(
                    turn,
                    CaseDraft.EMPTY
                            .answer(CaseForm.Field.ISSUE_TYPE, "feedback")
                            .answer(CaseForm.Field.CATEGORY, "complaints"));
            return;
        }
        turn.state().enter(NAME, Step.FORM);
        turn.say("I'll open a case for you. A few questions first; say \"cancel\" to stop at any time.");
        ask(turn);
    }

    /**
     * Prepares the form for a flow that hands over with some fields already filled (e.g. the description of a
     * wrong date of birth); the form starts when the person presses the button the handing flow shows.
     */
    public static void handOver(Turn turn, CaseDraft preset) {
        turn.state().clear();
        turn.state().enter(NAME, Step.BEGIN);
        turn.state().write(preset);
    }

    /** Starts the form now with some fields already filled. */
    public void startWith(Turn turn, CaseDraft preset) {
        handOver(turn, preset);
        begin(turn);
    }

    private void begin(Turn turn) {
        turn.state().step(Step.FORM);
        turn.state().write(CaseForm.keepKnown(taxonomy(turn), turn.state().read(CaseDraft.class)));
        ask(turn);
    }

    @Override
    public void resume(Turn turn) {
        Step step = turn.state().step(Step.class);
        if (step == Step.BEGIN) {
            begin(turn);
        } else if (step == Step.FORM) {
            choose(turn);
        } else {
            details.resume(turn, taxonomy(turn));
        }
    }

    private void choose(Turn turn) {
        Taxonomy taxonomy = taxonomy(turn);
        CaseDraft draft = turn.state().read(CaseDraft.class);
        Optional<CaseForm.Question> question = CaseForm.next(taxonomy, draft);
        String action = turn.action();
        if (question.isEmpty() || action == null || !action.startsWith(SET)) {
            turn.say("Please pick one of the options above, or say \"cancel\".");
            return;
        }
        String value = action.substring(SET.length());
        if (question.get().choices().stream().noneMatch(c -> c.value().equals(value))) {
            turn.say("That option does not fit this question. Please pick one above.");
            return;
        }
        turn.state().write(draft.answer(question.get().field(), value));
        suggest(turn, taxonomy);
        ask(turn);
    }

    private void ask(Turn turn) {
        Taxonomy taxonomy = taxonomy(turn);
        Optional<CaseForm.Question> question =
                CaseForm.next(taxonomy, turn.state().read(CaseDraft.class));
        if (question.isPresent()) {
            turn.choices(
                    question.get().prompt(),
                    question.get().choices().stream()
                            .map(c -> turn.option(c.label(), SET + c.value()))
                            .toList());
        } else {
            details.begin(turn, taxonomy);
        }
    }

    /** "Articles for you": an article the choices so far point at, shown once, so a case may not be needed. */
    private void suggest(Turn turn, Taxonomy taxonomy) {
        CaseDraft draft = turn.state().read(CaseDraft.class);
        Map<String, String> choices = new HashMap<>();
        for (CaseForm.Field field : CaseForm.Field.values()) {
            if (draft.answer(field) != null) {
                choices.put(field.key, CaseForm.label(taxonomy, draft, field));
            }
        }
        for (SearchHit hit : knowledge.forYou(choices, 3)) {
            if (!draft.shownArticles().contains(hit.id()) && draft.category() != null) {
                turn.state().write(draft.shown(hit.id()));
                turn.say("This article may answer it without a case:");
                turn.add(new Reply.ArticleCard(hit.id(), hit.title(), "/help/" + hit.id(), hit.summary()));
                return;
            }
        }
    }

    /** The cases as the person talking, or as the bot itself for a visitor who has not signed in. */
    private SupportCases cases(Turn turn) {
        return cases.apply(turn.speaker().signedIn() ? turn.admin() : turn.service());
    }

    private Taxonomy cached;

    private Taxonomy taxonomy(Turn turn) {
        Taxonomy local = cached;
        if (local == null) {
            local = cases(turn).taxonomy();
            cached = local;
        }
        return local;
    }
}
