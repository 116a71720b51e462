package org.examdesk.bot.flows.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * A case being written in the chat, kept between turns: the contact form's answers (see {@link CaseForm.Field}),
 * subject and description, the contact details a visitor gives, the support option, and the articles already
 * suggested. Another flow may hand one over with some of it filled in ({@link OpenCaseFlow#handOver}).
 */
public record CaseDraft(
        String customerType,
        String issueType,
        String category,
        String subcategory,
        String qualification,
        String qualificationSubject,
        String subject,
        String description,
        String contactName,
        String contactEmail,
        String supportOption,
        List<String> shownArticles) {
    public static final CaseDraft EMPTY =
            new CaseDraft(null, null, null, null, null, null, null, null, null, null, null, null);

    public CaseDraft {
        shownArticles = shownArticles == null ? List.of() : List.copyOf(shownArticles);
    }

    /** A draft with only the support option chosen ("call me back", "chat with a person"). */
    public static CaseDraft supportBy(String option) {
        return EMPTY.withSupportOption(option);
    }

    /** This draft with its subject and description. */
    public CaseDraft describedAs(String newSubject, String newDescription) {
        return new CaseDraft(
                customerType,
                issueType,
                category,
                subcategory,
                qualification,
                qualificationSubject,
                newSubject,
                newDescription,
                contactName,
                contactEmail,
                supportOption,
                shownArticles);
    }

    CaseDraft withSupportOption(String option) {
        return new CaseDraft(
                customerType,
                issueType,
                category,
                subcategory,
                qualification,
                qualificationSubject,
                subject,
                description,
                contactName,
                contactEmail,
                option,
                shownArticles);
    }

    String answer(CaseForm.Field field) {
        return switch (field) {
            case CUSTOMER_TYPE -> customerType;
            case ISSUE_TYPE -> issueType;
            case CATEGORY -> category;
            case SUBCATEGORY -> subcategory;
            case QUALIFICATION -> qualification;
            case QUALIFICATION_SUBJECT -> qualificationSubject;
        };
    }

    /** This draft with one answer of the form set (null: unanswered). */
    CaseDraft answer(CaseForm.Field field, String value) {
        return new CaseDraft(
                field == CaseForm.Field.CUSTOMER_TYPE ? value : customerType,
                field == CaseForm.Field.ISSUE_TYPE ? value : issueType,
                field == CaseForm.Field.CATEGORY ? value : category,
                field == CaseForm.Field.SUBCATEGORY ? value : subcategory,
                field == CaseForm.Field.QUALIFICATION ? value : qualification,
                field == CaseForm.Field.QUALIFICATION_SUBJECT ? value : qualificationSubject,
                subject,
                description,
                contactName,
                contactEmail,
                supportOption,
                shownArticles);
    }

    /** This draft with one of its details (subject, description, contact) set. */
    CaseDraft detail(CaseDetailsStep.Detail d, String value) {
        return new CaseDraft(
                customerType,
                issueType,
                category,
                subcategory,
                qualification,
                qualificationSubject,
                d == CaseDetailsStep.Detail.SUBJECT ? value : subject,
                d == CaseDetailsStep.Detail.DESCRIPTION ? value : description,
                d == CaseDetailsStep.Detail.CONTACT_NAME ? value : contactName,
                d == CaseDetailsStep.Detail.CONTACT_EMAIL ? value : contactEmail,
                supportOption,
                shownArticles);
    }

    CaseDraft shown(String articleId) {
        List<String> shown = new ArrayList<>(shownArticles);
        shown.add(articleId);
        return new CaseDraft(
                customerType,
                issueType,
                category,
                subcategory,
                qualification,
                qualificationSubject,
                subject,
                description,
                contactName,
                contactEmail,
                supportOption,
                shown);
    }
}
