package org.examdesk.bot.flows.cases;

import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.client.CaseModels.Contact;
import org.examdesk.admin.client.CaseModels.ContactDefaults;

/**
 * A case being written in the chat, kept between turns: the contact form's answers (see {@link CaseForm.Field}),
 * subject and description, the contact details (every one required, seed 004; {@code contactAsked} once they have
 * been pre-filled from the person's previous case or profile, so that they are not pre-filled again after the
 * person chose to change them), the support option, and the articles already suggested. Another flow may hand one
 * over with some of it filled in ({@link OpenCaseFlow#handOver}).
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
        String contactPhone,
        String contactCountry,
        String contactLanguage,
        String contactInstitution,
        boolean contactAsked,
        String supportOption,
        List<String> shownArticles) {
    public static final CaseDraft EMPTY = new Edit(null).done();

    public CaseDraft {
        shownArticles = shownArticles == null ? List.of() : List.copyOf(shownArticles);
    }

    /** A draft with the contact form's answers given (null: to be asked), e.g. for a known kind of problem. */
    public static CaseDraft answers(
            String customerType,
            String issueType,
            String category,
            String subcategory,
            String qualification,
            String qualificationSubject) {
        Edit e = new Edit(null);
        e.customerType = customerType;
        e.issueType = issueType;
        e.category = category;
        e.subcategory = subcategory;
        e.qualification = qualification;
        e.qualificationSubject = qualificationSubject;
        return e.done();
    }

    /** A draft with only the support option chosen ("call me back", "chat with a person"). */
    public static CaseDraft supportBy(String option) {
        return EMPTY.withSupportOption(option);
    }

    /** This draft with its subject and description. */
    public CaseDraft describedAs(String newSubject, String newDescription) {
        Edit e = new Edit(this);
        e.subject = newSubject;
        e.description = newDescription;
        return e.done();
    }

    CaseDraft withSupportOption(String option) {
        Edit e = new Edit(this);
        e.supportOption = option;
        return e.done();
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
        Edit e = new Edit(this);
        switch (field) {
            case CUSTOMER_TYPE -> e.customerType = value;
            case ISSUE_TYPE -> e.issueType = value;
            case CATEGORY -> e.category = value;
            case SUBCATEGORY -> e.subcategory = value;
            case QUALIFICATION -> e.qualification = value;
            case QUALIFICATION_SUBJECT -> e.qualificationSubject = value;
        }
        return e.done();
    }

    /** One of its details (subject, description, a contact detail); null when not given yet. */
    String detail(CaseDetailsStep.Detail d) {
        return switch (d) {
            case SUBJECT -> subject;
            case DESCRIPTION -> description;
            case CONTACT_NAME -> contactName;
            case CONTACT_EMAIL -> contactEmail;
            case CONTACT_PHONE -> contactPhone;
            case CONTACT_COUNTRY -> contactCountry;
            case CONTACT_LANGUAGE -> contactLanguage;
            case CONTACT_INSTITUTION -> contactInstitution;
        };
    }

    /** This draft with one of its details (subject, description, a contact detail) set. */
    CaseDraft detail(CaseDetailsStep.Detail d, String value) {
        Edit e = new Edit(this);
        switch (d) {
            case SUBJECT -> e.subject = value;
            case DESCRIPTION -> e.description = value;
            case CONTACT_NAME -> e.contactName = value;
            case CONTACT_EMAIL -> e.contactEmail = value;
            case CONTACT_PHONE -> e.contactPhone = value;
            case CONTACT_COUNTRY -> e.contactCountry = value;
            case CONTACT_LANGUAGE -> e.contactLanguage = value;
            case CONTACT_INSTITUTION -> e.contactInstitution = value;
        }
        return e.done();
    }

    /** This draft with the contact details it lacks taken from {@code defaults} (which may be null). */
    CaseDraft contactFrom(ContactDefaults defaults) {
        Edit e = new Edit(this);
        e.contactAsked = true;
        if (defaults != null) {
            e.contactName = contactName != null ? contactName : defaults.name();
            e.contactEmail = contactEmail != null ? contactEmail : defaults.email();
            e.contactPhone = contactPhone != null ? contactPhone : defaults.phone();
            e.contactCountry = contactCountry != null ? contactCountry : defaults.country();
            e.contactLanguage = contactLanguage != null ? contactLanguage : defaults.language();
            e.contactInstitution = contactInstitution != null ? contactInstitution : defaults.institution();
        }
        return e.done();
    }

    /** This draft with no contact details, to be asked for again (and not pre-filled again). */
    CaseDraft contactCleared() {
        Edit e = new Edit(this);
        e.contactName = null;
        e.contactEmail = null;
        e.contactPhone = null;
        e.contactCountry = null;
        e.contactLanguage = null;
        e.contactInstitution = null;
        e.contactAsked = true;
        return e.done();
    }

    /** The contact details as the admin API takes them (missing ones as null, which it refuses by name). */
    Contact contact() {
        return new Contact(
                contactName, contactEmail, contactPhone, contactCountry, contactLanguage, contactInstitution);
    }

    CaseDraft shown(String articleId) {
        Edit e = new Edit(this);
        e.shownArticles = new ArrayList<>(shownArticles);
        e.shownArticles.add(articleId);
        return e.done();
    }

    /** A copy being changed: each method above sets what it changes and keeps the rest. */
    private static final class Edit {
        String customerType;
        String issueType;
        String category;
        String subcategory;
        String qualification;
        String qualificationSubject;
        String subject;
        String description;
        String contactName;
        String contactEmail;
        String contactPhone;
        String contactCountry;
        String contactLanguage;
        String contactInstitution;
        boolean contactAsked;
        String supportOption;
        List<String> shownArticles = List.of();

        Edit(CaseDraft d) {
            if (d == null) {
                return;
            }
            customerType = d.customerType;
            issueType = d.issueType;
            category = d.category;
            subcategory = d.subcategory;
            qualification = d.qualification;
            qualificationSubject = d.qualificationSubject;
            subject = d.subject;
            description = d.description;
            contactName = d.contactName;
            contactEmail = d.contactEmail;
            contactPhone = d.contactPhone;
            contactCountry = d.contactCountry;
            contactLanguage = d.contactLanguage;
            contactInstitution = d.contactInstitution;
            contactAsked = d.contactAsked;
            supportOption = d.supportOption;
            shownArticles = d.shownArticles;
        }

        CaseDraft done() {
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
                    contactPhone,
                    contactCountry,
                    contactLanguage,
                    contactInstitution,
                    contactAsked,
                    supportOption,
                    shownArticles);
        }
    }
}
