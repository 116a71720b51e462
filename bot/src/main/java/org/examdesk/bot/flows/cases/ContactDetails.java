package org.examdesk.bot.flows.cases;

import java.util.List;
import java.util.Optional;
import org.examdesk.admin.client.CaseModels.ContactDefaults;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.cases.CaseDetailsStep.Detail;

/**
 * The contact details of a case (seed 004: name, email, phone, country, language and institution, every one
 * required): pre-filled from the person's previous case or profile when they are signed in, the missing ones asked
 * for, and said back at the confirmation so they can be changed.
 */
public final class ContactDetails {
    static final List<Detail> ALL = List.of(
            Detail.CONTACT_NAME,
            Detail.CONTACT_EMAIL,
            Detail.CONTACT_PHONE,
            Detail.CONTACT_COUNTRY,
            Detail.CONTACT_LANGUAGE,
            Detail.CONTACT_INSTITUTION);

    private ContactDetails() {}

    /** The draft with its contact details pre-filled once (a visitor has none to pre-fill). */
    static CaseDraft prefilled(Turn turn, CaseDraft draft, SupportCases cases) {
        if (draft.contactAsked()) {
            return draft;
        }
        ContactDefaults defaults = turn.speaker().signedIn() ? cases.contactDefaults() : null;
        CaseDraft filled = draft.contactFrom(defaults);
        turn.state().write(filled);
        return filled;
    }

    /** The first contact detail still missing, if any. */
    static Optional<Detail> missing(CaseDraft draft) {
        return ALL.stream().filter(d -> blank(draft.detail(d))).findFirst();
    }

    /** The question that asks for one detail by typing. */
    static String question(Detail detail) {
        return switch (detail) {
            case CONTACT_NAME -> "What is your name?";
            case CONTACT_EMAIL -> "Which email address should we reply to?";
            case CONTACT_PHONE -> "Which phone number can we reach you on?";
            case CONTACT_COUNTRY -> "Which country are you in?";
            case CONTACT_LANGUAGE -> "In which language would you like us to reply?";
            case CONTACT_INSTITUTION -> "Which school, college or institution are you with (or your role there)?";
            default -> throw new IllegalArgumentException(detail + " is not a contact detail");
        };
    }

    /** What is wrong with a typed contact detail, or null. */
    static String problem(Detail detail, String text) {
        String value = text.strip();
        if (detail == Detail.CONTACT_EMAIL && !value.matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}")) {
            return "That doesn't look like an email address. Type it like name@example.org.";
        }
        if (detail == Detail.CONTACT_PHONE && !value.matches("[+0-9 ()-]{6,30}")) {
            return "Type a phone number of 6 to 30 digits; spaces, +, ( ) and - may go between them.";
        }
        if (ALL.contains(detail) && value.length() > 200) {
            return "Please keep it to 200 characters.";
        }
        return null;
    }

    /** What is wrong with a contact detail given in another form (by the field's name), if anything. */
    public static Optional<String> problem(String field, String value) {
        return ALL.stream().filter(d -> d.field.equals(field)).findFirst().map(d -> problem(d, value));
    }

    /** The details in one line, for the confirmation. */
    static String summary(CaseDraft d) {
        return d.contactName() + ", " + d.contactEmail() + ", " + d.contactPhone() + "; " + d.contactInstitution()
                + ", " + d.contactCountry() + "; reply in " + d.contactLanguage();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
