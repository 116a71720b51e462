package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.admin.client.LearnerModels.Registration;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.BookState.Step;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;

/**
 * The product of a booking: the one named in the message, which every learner must have an active registration on
 * (anyone who has not is named, and nothing is booked), or the one their active registrations share, or a choice
 * among several.
 */
final class BookProduct {
    private final BookSteps steps;
    private final Function<AdminClient.Caller, CentreLearners> learners;

    BookProduct(BookSteps steps, Function<AdminClient.Caller, CentreLearners> learners) {
        this.steps = steps;
        this.learners = learners;
    }

    /** Finds the product every learner is registered on, or asks which, or says who is not registered. */
    void product(Turn turn) {
        BookState s = turn.state().read(BookState.class);
        CentreLearners api = learners.apply(turn.admin());
        Map<Long, LearnerDetail> details = new LinkedHashMap<>();
        s.learnerIds().forEach(id -> details.put(id, api.get(id)));
        List<String> names =
                details.values().stream().map(d -> Wording.name(d.learner())).toList();
        List<Registration> all = details.values().stream()
                .flatMap(d -> d.registrations().stream())
                .filter(r -> "ACTIVE".equals(r.status()))
                .toList();
        List<Product> named =
                OrderSteps.names(OrderSteps.products(turn, api)).named(s.names() == null ? "" : s.names());
        Map<String, String> shared = new LinkedHashMap<>();
        all.forEach(r -> shared.putIfAbsent(r.productReference(), r.productTitle()));
        shared.keySet().removeIf(ref -> details.values().stream().anyMatch(d -> !registered(d, ref)));
        turn.state().write(s.with(b -> b.learnerNames = names));
        if (!named.isEmpty()) {
            Product p = named.get(0);
            List<String> missing = details.values().stream()
                    .filter(d -> !registered(d, p.reference()))
                    .map(d -> Wording.name(d.learner()))
                    .toList();
            if (!missing.isEmpty()) {
                refuse(
                        turn,
                        Wording.names(missing) + (missing.size() == 1 ? " is" : " are") + " not registered on "
                                + p.title() + " (" + p.reference() + ")");
                return;
            }
            shared.clear();
            shared.put(p.reference(), p.title());
        }
        if (shared.isEmpty()) {
            refuse(
                    turn,
                    Wording.names(names)
                            + (names.size() == 1
                                    ? " has no active registration"
                                    : " have no active " + "registration in common"));
        } else if (shared.size() == 1) {
            Map.Entry<String, String> only = shared.entrySet().iterator().next();
            turn.state().write(turn.state().read(BookState.class).with(b -> {
                b.product = only.getKey();
                b.productTitle = only.getValue();
            }));
            steps.next(turn);
        } else {
            List<Offered> offered = new ArrayList<>();
            shared.forEach((ref, title) -> offered.add(new Offered(offered.size() + 1L, title + " (" + ref + ")")));
            turn.state().write(turn.state().read(BookState.class).with(b -> b.products = offered));
            turn.state().step(Step.PRODUCT);
            turn.choices(
                    "Which qualification is the test for?",
                    offered.stream()
                            .map(o -> turn.option(o.label(), "product:" + o.id()))
                            .toList());
        }
    }

    private static void refuse(Turn turn, String why) {
        turn.state().clear();
        turn.say(why + ": a test can be booked only for learners with an active registration on its qualification. "
                + "Register them first, then book.");
    }

    private static boolean registered(LearnerDetail d, String reference) {
        return d.registrations().stream()
                .anyMatch(
                        r -> "ACTIVE".equals(r.status()) && r.productReference().equals(reference));
    }
}
