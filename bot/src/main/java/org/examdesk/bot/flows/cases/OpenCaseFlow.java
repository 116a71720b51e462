package org.examdesk.bot.flows.cases;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.examdesk.admin.client.CaseModels.Taxonomy;
import org.examdesk.admin.client.CasesClient;
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

    private final KnowledgeBase knowledge;
    private final ChatHours hours;
    private final CaseDetailsStep details;

    /** The steps whose answer is typed text: whatever is typed there is the answer. */
    private static final Set<String> TEXT_STEPS = Set.of("subject", "description", "contactName",
            "contactEmail");

    public OpenCaseFlow(KnowledgeBase knowledge, ChatHours hours) {
        this.knowledge = knowledge;
        this.hours = hours;
        this.details = new CaseDetailsStep(hours);
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
        return TEXT_STEPS.contains(state.step());
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
            startWith(turn, Map.of("issueType", "feedback", "category", "complaints"));
            return;
        }
        turn.state().enter(NAME, "form");
        turn.say("I'll open a case for you. A few questions first; say \"cancel\" to stop at any time.");
        ask(turn);
    }

    /**
     * Prepares the form for a flow that hands over with some fields already filled (e.g. the description of a
     * wrong date of birth); the form starts when the person presses the button the handing flow shows.
     */
    public static void handOver(Turn turn, Map<String, String> preset) {
        turn.state().clear();
        turn.state().enter(NAME, "begin");
        preset.forEach((k, v) -> turn.state().data().put(k, v));
    }

    /** Starts the form now with some fields already filled. */
    public void startWith(Turn turn, Map<String, String> preset) {
        handOver(turn, preset);
        turn.state().step("form");
        CaseForm.keepKnown(taxonomy(turn), turn.state().data());
        ask(turn);
    }

    @Override
    public void resume(Turn turn) {
        String step = turn.state().step();
        if ("begin".equals(step)) {
            turn.state().step("form");
            CaseForm.keepKnown(taxonomy(turn), turn.state().data());
            ask(turn);
        } else if ("form".equals(step)) {
            choose(turn);
        } else {
            details.resume(turn, taxonomy(turn));
        }
    }

    private void choose(Turn turn) {
        Taxonomy taxonomy = taxonomy(turn);
        Optional<CaseForm.Question> question = CaseForm.next(taxonomy, turn.state().data());
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
        turn.state().data().put(question.get().field(), value);
        suggest(turn, taxonomy);
        ask(turn);
    }

    private void ask(Turn turn) {
        Taxonomy taxonomy = taxonomy(turn);
        Optional<CaseForm.Question> question = CaseForm.next(taxonomy, turn.state().data());
        if (question.isPresent()) {
            turn.choices(question.get().prompt(), question.get().choices().stream()
                    .map(c -> turn.option(c.label(), SET + c.value())).toList());
        } else {
            details.begin(turn, taxonomy);
        }
    }

    /** "Articles for you": an article the choices so far point at, shown once, so a case may not be needed. */
    private void suggest(Turn turn, Taxonomy taxonomy) {
        ObjectNode data = turn.state().data();
        Map<String, String> choices = new HashMap<>();
        for (String field : CaseForm.FIELDS) {
            if (data.hasNonNull(field)) {
                choices.put(field, CaseForm.label(taxonomy, data, field));
            }
        }
        ArrayNode shown = data.withArray("shownArticles");
        List<String> seen = new ArrayList<>();
        shown.forEach(n -> seen.add(n.asText()));
        for (SearchHit hit : knowledge.forYou(choices, 3)) {
            if (!seen.contains(hit.id()) && data.hasNonNull("category")) {
                shown.add(hit.id());
                turn.say("This article may answer it without a case:");
                turn.add(new Reply.ArticleCard(hit.id(), hit.title(), "/help/" + hit.id(), hit.summary()));
                return;
            }
        }
    }

    static CasesClient client(Turn turn) {
        return new CasesClient(turn.speaker().signedIn() ? turn.admin() : turn.service());
    }

    private Taxonomy cached;

    private Taxonomy taxonomy(Turn turn) {
        Taxonomy local = cached;
        if (local == null) {
            local = client(turn).taxonomy();
            cached = local;
        }
        return local;
    }
}
