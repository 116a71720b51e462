package org.examdesk.bot.flows.cases;

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
    /** The fields of the cascade, in the order they are asked; {@link #key} is the contact form's own name. */
    enum Field {
        CUSTOMER_TYPE("customerType"),
        ISSUE_TYPE("issueType"),
        CATEGORY("category"),
        SUBCATEGORY("subcategory"),
        QUALIFICATION("qualification"),
        QUALIFICATION_SUBJECT("qualificationSubject");

        final String key;

        Field(String key) {
            this.key = key;
        }
    }

    /** One question of the cascade: the field it fills, how it is asked, and its choices. */
    record Question(Field field, String prompt, List<Choice> choices) {}

    private CaseForm() {}

    /** The next unanswered question, or empty when the cascade is complete. */
    static Optional<Question> next(Taxonomy taxonomy, CaseDraft draft) {
        for (Field field : Field.values()) {
            if (draft.answer(field) == null) {
                return Optional.of(question(taxonomy, draft, field));
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps the answers a flow handed over only as far as the taxonomy (which may be edited) still offers them, in
     * order: from the first missing or unknown answer on, the form asks.
     */
    static CaseDraft keepKnown(Taxonomy t, CaseDraft d) {
        boolean intact = true;
        CaseDraft kept = d;
        for (Field field : Field.values()) {
            String value = kept.answer(field);
            CaseDraft sofar = kept;
            intact = intact
                    && value != null
                    && question(t, sofar, field).choices().stream()
                            .anyMatch(c -> c.value().equals(value));
            if (!intact) {
                kept = kept.answer(field, null);
            }
        }
        return kept;
    }

    private static Question question(Taxonomy t, CaseDraft d, Field field) {
        return switch (field) {
            case CUSTOMER_TYPE -> new Question(
                    field,
                    "Who are you contacting us as?",
                    t.customerTypes().stream()
                            .map(c -> new Choice(c.value(), c.label()))
                            .toList());
            case ISSUE_TYPE -> new Question(
                    field,
                    "What kind of issue is it?",
                    customer(t, d).issueTypes().stream()
                            .map(i -> new Choice(i.value(), i.label()))
                            .toList());
            case CATEGORY -> new Question(
                    field,
                    "Which area is it about?",
                    issue(t, d).categories().stream()
                            .map(c -> new Choice(c.value(), c.label()))
                            .toList());
            case SUBCATEGORY -> new Question(
                    field, "And more precisely?", category(t, d).subcategories());
            case QUALIFICATION -> new Question(
                    field,
                    "Which qualification?",
                    t.qualifications().stream()
                            .map(q -> new Choice(q.value(), q.label()))
                            .toList());
            case QUALIFICATION_SUBJECT -> new Question(
                    field, "Which subject?", qualification(t, d).subjects());
        };
    }

    static String label(Taxonomy t, CaseDraft d, Field field) {
        String value = d.answer(field);
        String shown = value == null ? "" : value;
        return question(t, d, field).choices().stream()
                .filter(c -> c.value().equals(shown))
                .map(Choice::label)
                .findFirst()
                .orElse(shown);
    }

    static boolean chatAllowed(Taxonomy t, CaseDraft d) {
        return d.customerType() != null && customer(t, d).chat();
    }

    private static CustomerType customer(Taxonomy t, CaseDraft d) {
        return t.customerTypes().stream()
                .filter(c -> c.value().equals(d.customerType()))
                .findFirst()
                .orElseThrow();
    }

    private static IssueType issue(Taxonomy t, CaseDraft d) {
        return customer(t, d).issueTypes().stream()
                .filter(i -> i.value().equals(d.issueType()))
                .findFirst()
                .orElseThrow();
    }

    private static Category category(Taxonomy t, CaseDraft d) {
        return issue(t, d).categories().stream()
                .filter(c -> c.value().equals(d.category()))
                .findFirst()
                .orElseThrow();
    }

    private static Qualification qualification(Taxonomy t, CaseDraft d) {
        return t.qualifications().stream()
                .filter(q -> q.value().equals(d.qualification()))
                .findFirst()
                .orElseThrow();
    }
}
