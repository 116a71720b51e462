package org.examdesk.bot.flows.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.ClientModels.Centre;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.Associate;
import org.examdesk.admin.client.ResultsModels.AssociateSetting;
import org.examdesk.admin.client.ResultsModels.Associates;
import org.examdesk.admin.client.ResultsModels.Contact;
import org.examdesk.admin.client.ResultsModels.Job;
import org.examdesk.admin.client.ResultsModels.Letters;
import org.examdesk.admin.client.ResultsModels.Series;

/**
 * A parent centre's two associates in memory for the associates flow's unit tests: June open, neither associate with
 * access; every change recorded; a letters job is running when first asked about and done after.
 */
final class FakeCentreAssociates implements CentreAssociates {
    static final Contact CONTACT = new Contact("Priya Shah", null, "exams@riverside.example");
    static final Letters NONE_YET = new Letters(0, 0, 0, 0, false, "No letters yet.");

    final List<String> changes = new ArrayList<>();
    final List<Associate> associates = new ArrayList<>(List.of(
            new Associate(21, "40124", "Riverside Sixth Form", false, "DEFAULT", 0, "NONE", NONE_YET),
            new Associate(22, "40125", "Riverside Learning Centre", false, "DEFAULT", 0, "NONE", NONE_YET)));
    private final Set<Long> asked = new HashSet<>();
    boolean useDefaults;
    Contact parentContact = CONTACT;
    AdminApiException refusal;

    @Override
    public List<Series> series() {
        return List.of(FakeResultsAccess.JUNE, FakeResultsAccess.NOVEMBER);
    }

    @Override
    public Access access(long seriesId) {
        return new Access(
                seriesId,
                "June 2026",
                "EXB",
                LocalDate.of(2026, 5, 1),
                true,
                42,
                new Centre(1, "40123", "Riverside Academy"),
                "ALL",
                true,
                parentContact,
                2,
                30,
                null,
                NONE_YET,
                null);
    }

    @Override
    public Associates associates(long seriesId) {
        return new Associates(seriesId, "June 2026", useDefaults, parentContact, List.copyOf(associates));
    }

    @Override
    public Associates useDefaults(long seriesId, AssociateSetting defaults) {
        refuseIfSet();
        changes.add("defaults " + defaults.giveAccess() + " " + defaults.contactMode() + " " + defaults.delayDays());
        useDefaults = true;
        associates.replaceAll(a -> with(a, defaults));
        return associates(seriesId);
    }

    @Override
    public Associates update(long seriesId, List<AssociateSetting> settings) {
        refuseIfSet();
        useDefaults = false;
        for (AssociateSetting s : settings) {
            changes.add("centre " + s.centreId() + " " + s.giveAccess());
            associates.replaceAll(a -> a.centreId() == s.centreId() ? with(a, s) : a);
        }
        return associates(seriesId);
    }

    @Override
    public Access switchOn(long seriesId, long centreId, Contact contact) {
        changes.add("switch on " + centreId + " " + contact.name());
        associates.replaceAll(a -> a.centreId() != centreId
                ? a
                : new Associate(
                        a.centreId(),
                        a.number(),
                        a.name(),
                        a.giveAccess(),
                        a.contactMode(),
                        a.delayDays(),
                        "ALL",
                        a.letters()));
        Access on = access(seriesId);
        return new Access(
                on.seriesId(),
                on.series(),
                on.board(),
                on.credentialsOpenFrom(),
                true,
                80,
                new Centre(centreId, "4012x", "associate"),
                "ALL",
                true,
                contact,
                0,
                30,
                null,
                NONE_YET,
                job(centreId, "RUNNING"));
    }

    @Override
    public Job letters(long seriesId, long centreId) {
        changes.add("letters " + centreId);
        return job(centreId, "RUNNING");
    }

    @Override
    public Job job(long seriesId, long centreId, long jobId) {
        return job(centreId, asked.add(jobId) ? "RUNNING" : "DONE");
    }

    private static Job job(long centreId, String state) {
        return new Job(
                100 + centreId,
                11,
                centreId,
                state,
                "PENDING",
                state.equals("DONE") ? 80 : 0,
                80,
                null,
                Instant.EPOCH,
                null,
                "/letters-" + centreId + ".pdf",
                "/letters-" + centreId + ".zip");
    }

    private static Associate with(Associate a, AssociateSetting s) {
        return new Associate(
                a.centreId(),
                a.number(),
                a.name(),
                s.giveAccess(),
                s.contactMode(),
                s.delayDays(),
                a.mode(),
                a.letters());
    }

    private void refuseIfSet() {
        if (refusal != null) {
            throw refusal;
        }
    }
}
