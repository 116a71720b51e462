package org.examdesk.admin.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.examdesk.admin.web.ApiException;

/**
 * Checks a new case against the taxonomy: every mandatory field present (all missing ones reported at once),
 * and each choice belonging to the one before it.
 */
final class CaseValidator {
    static final int MAX_SUBJECT = 200;
    static final int MAX_DESCRIPTION = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_CONTACT_FIELD = 200;
    private static final Map<String, String> CONTACT_LABELS = Map.of(
            "name", "name",
            "email", "email address",
            "phone", "phone number",
            "country", "country",
            "language", "language",
            "institution", "school, college or institution");

    private final Taxonomy taxonomy;

    CaseValidator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    CaseRequest.Fields check(CaseRequest r) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("customerType", r.customerType());
        given.put("issueType", r.issueType());
        given.put("category", r.category());
        given.put("subcategory", r.subcategory());
        given.put("qualification", r.qualification());
        given.put("qualificationSubject", r.qualificationSubject());
        given.put("subject", r.subject());
        given.put("description", r.description());
        given.put("supportOption", r.supportOption());
        List<String> missing = new ArrayList<>();
        given.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                missing.add(field);
            }
        });
        if (!missing.isEmpty()) {
            throw ApiException.invalid(
                    "Fill in every mandatory field; missing: " + String.join(", ", missing) + ".", missing);
        }
        checkCascade(r);
        checkLengths(r);
        return new CaseRequest.Fields(
                r.customerType().trim(),
                r.issueType().trim(),
                r.category().trim(),
                r.subcategory().trim(),
                r.qualification().trim(),
                r.qualificationSubject().trim(),
                r.subject().strip(),
                r.description().strip());
    }

    private void checkCascade(CaseRequest r) {
        Taxonomy.CustomerTypeView customer = taxonomy.customerType(
                        r.customerType().trim())
                .orElseThrow(() -> wrong("customerType", "There is no customer type '" + r.customerType() + "'."));
        Taxonomy.IssueTypeView issue = Taxonomy.issueType(
                        customer, r.issueType().trim())
                .orElseThrow(() -> wrong(
                        "issueType",
                        "The issue type '" + r.issueType() + "' is not one of those for " + customer.label() + "."));
        Taxonomy.CategoryView category = Taxonomy.category(issue, r.category().trim())
                .orElseThrow(() -> wrong(
                        "category",
                        "The category '" + r.category() + "' does not belong to the issue type " + issue.label()
                                + "."));
        if (!Taxonomy.hasChoice(category.subcategories(), r.subcategory().trim())) {
            throw wrong(
                    "subcategory",
                    "The subcategory '" + r.subcategory() + "' does not belong to the category " + category.label()
                            + ".");
        }
        Taxonomy.QualificationView qualification = taxonomy.qualification(
                        r.qualification().trim())
                .orElseThrow(() -> wrong("qualification", "There is no qualification '" + r.qualification() + "'."));
        if (!Taxonomy.hasChoice(
                qualification.subjects(), r.qualificationSubject().trim())) {
            throw wrong(
                    "qualificationSubject",
                    "The subject '" + r.qualificationSubject() + "' is not one of those for " + qualification.label()
                            + ".");
        }
    }

    private static void checkLengths(CaseRequest r) {
        if (r.subject().strip().length() > MAX_SUBJECT) {
            throw wrong("subject", "Keep the subject to " + MAX_SUBJECT + " characters.");
        }
        if (r.description().strip().length() > MAX_DESCRIPTION) {
            throw wrong("description", "Keep the description to " + MAX_DESCRIPTION + " characters.");
        }
    }

    static SupportOption supportOption(String text) {
        return SupportOption.parse(text)
                .orElseThrow(() -> wrong("supportOption", "Choose CHAT, CALL or MESSAGE as the support option."));
    }

    /**
     * The contact details, or the reason they are not usable: the contact form (seed 004) makes every one of them
     * mandatory, so that the support team can reply by email or phone in the person's language.
     */
    static CaseDao.Contact contact(CaseRequest.ContactRequest c) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("name", c.name());
        given.put("email", c.email());
        given.put("phone", c.phone());
        given.put("country", c.country());
        given.put("language", c.language());
        given.put("institution", c.institution());
        List<String> missing = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        given.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                missing.add("contact." + field);
                labels.add(CONTACT_LABELS.get(field));
            }
        });
        if (!missing.isEmpty()) {
            throw ApiException.invalid(
                    "Give every contact detail so that we can reach you; missing: " + String.join(", ", labels) + ".",
                    missing);
        }
        String email = c.email().trim();
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw wrong("contact.email", "The contact email '" + email + "' is not an email address.");
        }
        String phone = c.phone().strip();
        if (!phone.matches("[+0-9 ()-]{6,30}")) {
            throw wrong("contact.phone", "The contact phone may hold only digits, spaces, +, ( ) and -.");
        }
        for (String field : List.of("name", "country", "language", "institution")) {
            if (given.get(field).strip().length() > MAX_CONTACT_FIELD) {
                throw wrong(
                        "contact." + field,
                        "Keep the " + CONTACT_LABELS.get(field) + " to " + MAX_CONTACT_FIELD + " characters.");
            }
        }
        return new CaseDao.Contact(
                c.name().strip(),
                email,
                phone,
                c.country().strip(),
                c.language().strip(),
                c.institution().strip());
    }

    static ApiException wrong(String field, String message) {
        return ApiException.invalid(message, List.of(field));
    }
}
