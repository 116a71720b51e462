package org.examdesk.bot.flows.results;

import java.util.List;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.Contact;
import org.examdesk.admin.client.ResultsModels.Series;

/**
 * What the selected-candidates flow has gathered between turns: the wish and its terms, the series and its
 * current mode and settings, the candidates shown to tick, who gains and who loses access, and the contact and
 * delay when access must first be switched to SELECTED.
 */
record SelectionState(
        CandidateWish.Kind kind,
        List<String> terms,
        Long seriesId,
        String seriesName,
        int entries,
        String mode,
        boolean agreed,
        Contact contact,
        int delayDays,
        int withAccess,
        List<Shown> shown,
        List<Shown> give,
        List<Shown> remove) {
    static final SelectionState EMPTY = new SelectionState(
            null, List.of(), null, null, 0, null, false, null, 0, 0, List.of(), List.of(), List.of());

    /** A candidate in the list to tick: id, "Name (number)", and whether they have access now. */
    record Shown(long id, String label, boolean hadAccess) {}

    SelectionState {
        terms = terms == null ? List.of() : List.copyOf(terms);
        shown = shown == null ? List.of() : List.copyOf(shown);
        give = give == null ? List.of() : List.copyOf(give);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }

    static SelectionState of(CandidateWish wish) {
        return new SelectionState(
                wish.kind(), wish.terms(), null, null, 0, null, false, null, 0, 0, List.of(), List.of(), List.of());
    }

    SelectionState about(Series s, Access a) {
        int having = a.letters() == null ? 0 : a.letters().withAccess();
        return new SelectionState(
                kind,
                terms,
                s.id(),
                s.name(),
                s.entries(),
                a.mode(),
                a.agreedToHandleQueries(),
                a.contact(),
                a.delayDays(),
                having,
                shown,
                give,
                remove);
    }

    SelectionState withTerms(List<String> newTerms) {
        return new SelectionState(
                kind,
                newTerms,
                seriesId,
                seriesName,
                entries,
                mode,
                agreed,
                contact,
                delayDays,
                withAccess,
                shown,
                give,
                remove);
    }

    SelectionState showing(List<Shown> list) {
        return new SelectionState(
                kind,
                terms,
                seriesId,
                seriesName,
                entries,
                mode,
                agreed,
                contact,
                delayDays,
                withAccess,
                list,
                give,
                remove);
    }

    SelectionState changing(List<Shown> gaining, List<Shown> losing) {
        return new SelectionState(
                kind,
                terms,
                seriesId,
                seriesName,
                entries,
                mode,
                agreed,
                contact,
                delayDays,
                withAccess,
                shown,
                gaining,
                losing);
    }

    SelectionState withContact(Contact c) {
        return new SelectionState(
                kind,
                terms,
                seriesId,
                seriesName,
                entries,
                mode,
                agreed,
                c,
                delayDays,
                withAccess,
                shown,
                give,
                remove);
    }

    SelectionState withDelay(int days) {
        return new SelectionState(
                kind,
                terms,
                seriesId,
                seriesName,
                entries,
                mode,
                agreed,
                contact,
                days,
                withAccess,
                shown,
                give,
                remove);
    }

    /** Whether the contact on file can answer candidates' queries (a name, and a phone or an email). */
    boolean hasContact() {
        return contact != null && contact.name() != null && (contact.phone() != null || contact.email() != null);
    }

    String contactText() {
        return contact.name() + " (" + (contact.email() != null ? contact.email() : contact.phone()) + ")";
    }

    /** The letters flow's state, to follow a letters job. */
    AccessState forLetters() {
        return AccessState.forSeries(seriesId).about(seriesId, seriesName, entries);
    }

    static String names(List<Shown> list) {
        return String.join(", ", list.stream().map(Shown::label).toList());
    }
}
