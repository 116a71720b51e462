package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.admin.client.LearnerModels.Result;
import org.examdesk.admin.client.LearnerModels.ResultRow;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.ResultsState.Step;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "What did Chloe get in BTEC Sport?" (domain section 3): finds the learner at the speaker's centre (when a name fits
 * several, those with results on the product named come first), and shows their results from the admin API, the
 * product's overall grade and its units, with the grades in words.
 */
public final class LearnerResultsFlow implements Flow {
    static final String NAME = "learner_results";

    private final LearnerReferences references;
    private final LearnerChooser chooser = new LearnerChooser();
    private final LearnerAccess access;
    private final Function<AdminClient.Caller, CentreLearners> learners;

    /** {@code learners} gives learner management as the admin API serves it to a caller ({@link CentreLearners#over}). */
    public LearnerResultsFlow(
            NameWords nameWords, KnowledgeBase knowledge, Function<AdminClient.Caller, CentreLearners> learners) {
        this.references = new LearnerReferences(nameWords);
        this.access = new LearnerAccess(knowledge);
        this.learners = learners;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is("learner_results");
    }

    /** "What did Chloe get?" is a question that names a learner: it is answered with her results, not an article. */
    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow() || LearnerGuess.namesALearner(turn, references, learners, intent.text());
    }

    @Override
    public String offer(Intent intent) {
        return "Look up a learner's results now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        turn.state().enter(NAME, Step.WHO);
        turn.state().write(new ResultsState(intent.text(), List.of()));
        access.guarded(turn, () -> identify(turn, intent.text()));
    }

    @Override
    public void resume(Turn turn) {
        ResultsState state = turn.state().read(ResultsState.class);
        access.guarded(turn, () -> {
            Optional<Long> picked = LearnerChooser.picked(turn, state.offered());
            if (picked.isPresent()) {
                show(turn, picked.get(), state.request());
            } else if (turn.text() != null) {
                identify(turn, turn.text());
            } else {
                turn.say("Please pick one of the learners above, or type a name.");
            }
        });
    }

    private void identify(Turn turn, String text) {
        CentreLearners api = learners(turn);
        List<Product> products = OrderSteps.products(turn, api);
        LearnerReferences.Found found =
                references.find(api, OrderSteps.names(products).without(text));
        List<Learner> all = found.all();
        String request = turn.state().read(ResultsState.class).request();
        if (!found.named()) {
            chooser.askWho(turn, "Whose results would you like?");
        } else if (all.isEmpty()) {
            chooser.notFound(turn, found);
        } else if (all.size() == 1) {
            show(turn, all.get(0).id(), request);
        } else {
            List<Learner> likely = withResultsOn(api, all, product(products, request));
            if (likely.size() == 1) {
                show(turn, likely.get(0).id(), request);
                return;
            }
            List<LearnerChooser.Offered> offered = LearnerChooser.offered(likely.isEmpty() ? all : likely);
            turn.state().write(new ResultsState(request, offered));
            chooser.offer(turn, offered, found.described());
        }
    }

    /** Of several learners, those with results on {@code product} (all of them when no product was named). */
    private static List<Learner> withResultsOn(CentreLearners api, List<Learner> all, String product) {
        Set<String> given = all.stream().map(Learner::givenName).collect(Collectors.toSet());
        if (product == null || given.size() != 1) {
            return List.of();
        }
        Set<Long> ids = api
                .results(
                        Map.of("product", product, "givenName", given.iterator().next(), "size", "200"))
                .items()
                .stream()
                .map(ResultRow::learnerId)
                .collect(Collectors.toSet());
        return all.stream().filter(l -> ids.contains(l.id())).toList();
    }

    private void show(Turn turn, long learnerId, String request) {
        LearnerDetail detail = learners(turn).get(learnerId);
        List<Result> results = detail.results();
        List<Result> distinct =
                results.stream()
                        .collect(Collectors.toMap(Result::productReference, r -> r, (a, b) -> a))
                        .values()
                        .stream()
                        .toList();
        List<Result> named =
                new ProductNames<>(distinct, Result::productReference, Result::productTitle).named(request);
        String product = named.size() == 1
                ? named.get(0).productReference()
                : product(OrderSteps.products(turn, learners(turn)), request);
        turn.state().clear();
        ResultsTable.show(turn, detail, product);
    }

    /** The orderable product {@code text} names clearly, as its reference, or null. */
    private static String product(List<Product> products, String text) {
        List<Product> named = OrderSteps.names(products).named(text);
        return named.size() == 1 ? named.get(0).reference() : null;
    }

    private CentreLearners learners(Turn turn) {
        return learners.apply(turn.admin());
    }
}
