package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.Registration;
import org.examdesk.admin.client.LearnerModels.Result;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;

/**
 * A learner's results as the chat shows them: each product's overall grade first, then its units, as a table, with
 * the grades in words (P is a pass, F a fail) and, for a product without results, where its registration stands.
 */
final class ResultsTable {
    /** The grade letters in words, in the order a legend says them. */
    private static final List<Map.Entry<String, String>> LEGEND = List.of(
            Map.entry("P", "P is a pass"),
            Map.entry("F", "F is a fail"),
            Map.entry("M", "M is a merit"),
            Map.entry("D", "D is a distinction"),
            Map.entry("D*", "D* is a distinction star"));

    private ResultsTable() {}

    /** Shows {@code detail}'s results, only those of {@code product} (a reference) when it is given. */
    static void show(Turn turn, LearnerDetail detail, String product) {
        String who = Wording.label(detail.learner());
        List<Result> results = detail.results().stream()
                .filter(r -> product == null || r.productReference().equals(product))
                .sorted(Comparator.comparing(Result::productReference)
                        .thenComparing(r -> r.unitCode() == null ? "" : r.unitCode()))
                .toList();
        if (results.isEmpty()) {
            none(turn, detail, product, who);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Result r : results) {
            rows.add(List.of(
                    r.productTitle() + " (" + r.productReference() + ")",
                    r.unitCode() == null ? "Overall" : r.unitCode() + " " + r.unitTitle(),
                    Wording.grade(r.grade()),
                    r.awardedAt() == null ? "" : Dates.show(r.awardedAt())));
        }
        results.stream()
                .filter(r -> r.unitCode() == null)
                .forEach(r -> turn.say(Wording.name(detail.learner()) + " got " + Wording.grade(r.grade())
                        + " overall in " + r.productTitle()
                        + (r.awardedAt() == null ? "." : ", awarded " + Dates.show(r.awardedAt()) + ".")));
        turn.add(
                new Reply.Table("Results of " + who, List.of("Qualification", "Unit", "Grade", "Awarded"), rows, null));
        Set<String> grades = results.stream().map(Result::grade).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> legend = LEGEND.stream()
                .filter(e -> grades.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (!legend.isEmpty()) {
            turn.say(String.join(", ", legend) + ".");
        }
    }

    private static void none(Turn turn, LearnerDetail detail, String product, String who) {
        List<Registration> on = detail.registrations().stream()
                .filter(r -> product == null || r.productReference().equals(product))
                .toList();
        if (on.isEmpty()) {
            turn.say(who + " has no results" + (product == null ? "" : " on " + product)
                    + (product == null ? " and no registrations yet." : ", and is not registered on it."));
            return;
        }
        Map<String, String> status = Map.of("ACTIVE", "active", "COMPLETED", "completed", "CANCELLED", "cancelled");
        turn.say(who + " has no results yet" + (product == null ? "" : " on " + product) + ". Registrations: "
                + on.stream()
                        .map(r -> r.productTitle() + " (" + status.getOrDefault(r.status(), r.status())
                                + ", course ends " + Dates.show(r.courseEnd()) + ")")
                        .collect(Collectors.joining("; "))
                + ".");
    }
}
