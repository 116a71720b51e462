package org.examdesk.bot.channels.slack;

import com.slack.api.model.view.ViewState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseModels.Contact;
import org.examdesk.admin.client.CaseModels.ContactDefaults;
import org.examdesk.admin.client.CaseModels.NewCase;
import org.examdesk.admin.client.CaseModels.Opened;
import org.examdesk.admin.client.CaseModels.Taxonomy;
import org.examdesk.admin.client.CasesClient;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchHit;

/**
 * Opening a case from Slack with the {@link CaseModal}: opens it for a linked person, refreshes it as the cascade is
 * chosen (with articles that may answer it), and opens the case as that person, answering in their DM with the
 * number and the due date. The taxonomy is read from the admin API and kept for five minutes.
 */
public final class CaseForms {
    private static final Duration TAXONOMY_KEPT = Duration.ofMinutes(5);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

    private final SlackWebApi web;
    private final SlackUsers users;
    private final Replier replier;
    private final AdminClient admin;
    private final KnowledgeBase knowledge;
    private final CaseModal modal;
    private final Clock clock;
    private final ZoneId zone;
    private Taxonomy taxonomy;
    private Instant taxonomyRead = Instant.MIN;

    public CaseForms(
            SlackWebApi web,
            SlackUsers users,
            Replier replier,
            AdminClient admin,
            KnowledgeBase knowledge,
            CaseModal modal,
            Clock clock,
            ZoneId zone) {
        this.web = web;
        this.users = users;
        this.replier = replier;
        this.admin = admin;
        this.knowledge = knowledge;
        this.modal = modal;
        this.clock = clock;
        this.zone = zone;
    }

    /** Opens the form for a linked person; an unlinked one is told how to link, where they asked. */
    public void open(Who who, String triggerId, Place asked) {
        if (users.linked(who).isEmpty()) {
            replier.privately(who, asked, SlackTurns.NOT_LINKED_ACTION);
            return;
        }
        web.openView(triggerId, modal.view(taxonomy(), contactDefaults(who), List.of()));
    }

    /** A select of the cascade changed: the form is rebuilt with what is chosen and the articles it points at. */
    public void changed(String viewId, String hash, ViewState state) {
        Map<String, String> chosen = CaseModal.values(state);
        Taxonomy t = taxonomy();
        Map<String, String> labels = CaseModal.labels(t, chosen);
        List<SearchHit> articles = labels.containsKey(CaseModal.CATEGORY) ? knowledge.forYou(labels, 3) : List.of();
        web.updateView(viewId, hash, modal.view(t, chosen, articles));
    }

    /** Opens the case as the person and answers in their DM (the form has closed already). */
    public void submit(Who who, Map<String, String> values) {
        String dm = web.openDm(who.userId());
        try {
            Opened opened = new CasesClient(users.actingAs(who))
                    .open(new NewCase(
                            values.get(CaseModal.CUSTOMER_TYPE),
                            values.get(CaseModal.ISSUE_TYPE),
                            values.get(CaseModal.CATEGORY),
                            values.get(CaseModal.SUBCATEGORY),
                            values.get(CaseModal.QUALIFICATION),
                            values.get(CaseModal.QUALIFICATION_SUBJECT),
                            values.get(CaseModal.SUBJECT),
                            values.get(CaseModal.DESCRIPTION),
                            values.get(CaseModal.SUPPORT_OPTION),
                            new Contact(
                                    values.get(CaseModal.CONTACT_NAME),
                                    values.get(CaseModal.CONTACT_EMAIL),
                                    values.get(CaseModal.CONTACT_PHONE),
                                    values.get(CaseModal.CONTACT_COUNTRY),
                                    values.get(CaseModal.CONTACT_LANGUAGE),
                                    values.get(CaseModal.CONTACT_INSTITUTION)),
                            null));
            replier.say(
                    Place.channel(dm),
                    "I opened case *" + opened.number() + "*. We will reply by "
                            + DUE.format(opened.dueAt().atZone(zone)) + " at the latest. "
                            + BlockKit.escape(opened.message())
                            + " Send me `case " + opened.number() + "` to follow it.");
        } catch (AdminApiException e) {
            replier.say(
                    Place.channel(dm),
                    "I could not open the case: " + BlockKit.escape(e.getMessage())
                            + " Nothing was saved; try `/examdesk new case` again.");
        }
    }

    /** The form's contact fields pre-filled from the person's previous case, else their profile. */
    private Map<String, String> contactDefaults(Who who) {
        ContactDefaults d = new CasesClient(users.actingAs(who)).contactDefaults();
        Map<String, String> filled = new HashMap<>();
        putIfKnown(filled, CaseModal.CONTACT_NAME, d.name());
        putIfKnown(filled, CaseModal.CONTACT_EMAIL, d.email());
        putIfKnown(filled, CaseModal.CONTACT_PHONE, d.phone());
        putIfKnown(filled, CaseModal.CONTACT_COUNTRY, d.country());
        putIfKnown(filled, CaseModal.CONTACT_LANGUAGE, d.language());
        putIfKnown(filled, CaseModal.CONTACT_INSTITUTION, d.institution());
        return filled;
    }

    private static void putIfKnown(Map<String, String> values, String field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value);
        }
    }

    private synchronized Taxonomy taxonomy() {
        Instant now = clock.instant();
        if (taxonomy == null || taxonomyRead.plus(TAXONOMY_KEPT).isBefore(now)) {
            taxonomy = new CasesClient(admin.as(null, SlackTurns.CHANNEL)).taxonomy();
            taxonomyRead = now;
        }
        return taxonomy;
    }
}
