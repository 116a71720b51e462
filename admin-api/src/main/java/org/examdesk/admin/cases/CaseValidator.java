package org.examdesk.admin.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The contact details, or the reason they are not usable. */
    static CaseDao.Contact contact(String name, String email, String phone) {
        List<String> missing = new ArrayList<>();
        if (name == null || name.isBlank()) {
            missing.add("contact.name");
        }
        if (email == null || email.isBlank()) {
            missing.add("contact.email");
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid("Give contact details; missing: " + String.join(", ", missing) + ".", missing);
        }
        if (!EMAIL.matcher(email.trim()).matches() || email.length() > 254) {
            throw wrong("contact.email", "The contact email '" + email + "' is not an email address.");
        }
        String cleanPhone = Optional.ofNullable(phone)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .orElse(null);
        if (cleanPhone != null && !cleanPhone.matches("[+0-9 ()-]{6,30}")) {
            throw wrong("contact.phone", "The contact phone may hold only digits, spaces, +, ( ) and -.");
        }
        return new CaseDao.Contact(name.strip(), email.trim(), cleanPhone);
    }

    static ApiException wrong(String field, String message) {
        return ApiException.invalid(message, List.of(field));
    }
}
