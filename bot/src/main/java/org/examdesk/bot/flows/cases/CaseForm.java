package org.examdesk.bot.flows.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.examdesk.admin.client.CaseModels.Category;
import org.examdesk.admin.client.CaseModels.Choice;
import org.examdesk.admin.client.CaseModels.CustomerType;
import org.examdesk.admin.client.CaseModels.IssueType;
import org.examdesk.admin.client.CaseModels.Qualification;
import org.examdesk.admin.client.CaseModels.Taxonomy;

/**
 * The contact form's cascade as questions: each step's choices depend on the answers before it, as on the
 * support portal (customer type, issue type, category, subcategory, qualification, subject).
 */
final class CaseForm {
    /** One question of the cascade: the field it fills, how it is asked, and its choices. */
    record Question(String field, String prompt, List<Choice> choices) {
    }

    static final List<String> FIELDS = List.of("customerType", "issueType", "category", "subcategory", "qualification",
            "qualificationSubject");

    private CaseForm() {
    }

    /** The next unanswered question, or empty when the cascade is complete. */
    static Optional<Question> next(Taxonomy taxonomy, ObjectNode data) {
        for (String field : FIELDS) {
            if (!data.hasNonNull(field)) {
                return Optional.of(question(taxonomy, data, field));
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps the answers a flow handed over only as far as the taxonomy (which may be edited) still offers them, in
     * order: from the first missing or unknown answer on, the form asks.
     */
    static void keepKnown(Taxonomy t, ObjectNode d) {
        boolean intact = true;
        for (String field : FIELDS) {
            intact = intact && d.hasNonNull(field) && question(t, d, field).choices().stream()
                    .anyMatch(c -> c.value().equals(d.get(field).asText()));
            if (!intact) {
                d.remove(field);
            }
        }
    }

    private static Question question(Taxonomy t, ObjectNode d, String field) {
        return switch (field) {
            case "customerType" -> new Question(field, "Who are you contacting us as?",
                    t.customerTypes().stream().map(c -> new Choice(c.value(), c.label())).toList());
            case "issueType" -> new Question(field, "What kind of issue is it?",
                    customer(t, d).issueTypes().stream().map(i -> new Choice(i.value(), i.label())).toList());
            case "category" -> new Question(field, "Which area is it about?",
                    issue(t, d).categories().stream().map(c -> new Choice(c.value(), c.label())).toList());
            case "subcategory" -> new Question(field, "And more precisely?", category(t, d).subcategories());
            case "qualification" -> new Question(field, "Which qualification?",
                    t.qualifications().stream().map(q -> new Choice(q.value(), q.label())).toList());
            default -> new Question(field, "Which subject?", qualification(t, d).subjects());
        };
    }

    static String label(Taxonomy t, ObjectNode d, String field) {
        String value = d.path(field).asText();
        return question(t, d, field).choices().stream().filter(c -> c.value().equals(value)).map(Choice::label)
                .findFirst().orElse(value);
    }

    static boolean chatAllowed(Taxonomy t, ObjectNode d) {
        return d.hasNonNull("customerType") && customer(t, d).chat();
    }

    private static CustomerType customer(Taxonomy t, ObjectNode d) {
        return t.customerTypes().stream().filter(c -> c.value().equals(d.path("customerType").asText())).findFirst()
                .orElseThrow();
    }

    private static IssueType issue(Taxonomy t, ObjectNode d) {
        return customer(t, d).issueTypes().stream().filter(i -> i.value().equals(d.path("issueType").asText()))
                .findFirst().orElseThrow();
    }

    private static Category category(Taxonomy t, ObjectNode d) {
        return issue(t, d).categories().stream().filter(c -> c.value().equals(d.path("category").asText()))
                .findFirst().orElseThrow();
    }

    private static Qualification qualification(Taxonomy t, ObjectNode d) {
        return t.qualifications().stream().filter(q -> q.value().equals(d.path("qualification").asText()))
                .findFirst().orElseThrow();
    }
}
