package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.admin.client.LearnerModels.Registration;
import org.examdesk.bot.engine.Turn;

/**
 * The learners of a claim checked before it is confirmed: the product (named in the message, or the one their active
 * registrations share), and each learner's registration on it (none, completed or cancelled: left out, with why).
 * The rules of combination are the admin API's, checked when the claim is submitted.
 */
final class ClaimLearners {
    private ClaimLearners() {}

    /** The product, and each learner's registration on it: those without an active one are left out, with why. */
    static boolean check(Turn turn, ClaimState s, CentreLearners api) {
        Map<Long, LearnerDetail> details = new LinkedHashMap<>();
        s.learnerIds().forEach(id -> details.put(id, api.get(id)));
        List<Product> named = OrderSteps.names(OrderSteps.products(turn, api)).named(s.text());
        List<Registration> active = details.values().stream()
                .flatMap(d -> d.registrations().stream())
                .filter(r -> "ACTIVE".equals(r.status()))
                .toList();
        String ref = !named.isEmpty()
                ? named.get(0).reference()
                : active.stream().map(Registration::productReference).distinct().count() == 1
                        ? active.get(0).productReference()
                        : null;
        if (ref == null) {
            turn.state().clear();
            turn.say("Which qualification is the claim for? Ask again naming it, for example \"claim full "
                    + "certificates for Ella Marsh on the BTEC Sport\".");
            return false;
        }
        String title = !named.isEmpty()
                ? named.get(0).title()
                : active.stream()
                        .filter(r -> r.productReference().equals(ref))
                        .findFirst()
                        .orElseThrow()
                        .productTitle();
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> left = new ArrayList<>();
        details.forEach((id, d) -> {
            String why = why(d, ref);
            if (why == null) {
                ids.add(id);
                names.add(Wording.name(d.learner()));
            } else {
                left.add(Wording.name(d.learner()) + " (" + why + ")");
            }
        });
        turn.state().write(s.checked(ref, title, ids, names, left));
        if (ids.isEmpty()) {
            turn.state().clear();
            turn.say("No claim can be made on " + title + " (" + ref + "): " + String.join("; ", left) + ".");
            return false;
        }
        return true;
    }

    /** Why the learner cannot be claimed for on the product, or null when their registration is active. */
    private static String why(LearnerDetail d, String ref) {
        List<Registration> on = d.registrations().stream()
                .filter(r -> r.productReference().equals(ref))
                .toList();
        if (on.stream().anyMatch(r -> "ACTIVE".equals(r.status()))) {
            return null;
        }
        if (on.stream().anyMatch(r -> "COMPLETED".equals(r.status()))) {
            return "already given a full or fallback certificate: the registration is completed";
        }
        return on.isEmpty() ? "not registered on it" : "the registration is cancelled";
    }
}
