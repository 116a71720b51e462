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
        Edit e = new Edit(EMPTY);
        e.kind = wish.kind();
        e.terms = wish.terms();
        return e.done();
    }

    SelectionState about(Series s, Access a) {
        Edit e = new Edit(this);
        e.seriesId = s.id();
        e.seriesName = s.name();
        e.entries = s.entries();
        e.mode = a.mode();
        e.agreed = a.agreedToHandleQueries();
        e.contact = a.contact();
        e.delayDays = a.delayDays();
        e.withAccess = a.letters() == null ? 0 : a.letters().withAccess();
        return e.done();
    }

    SelectionState withTerms(List<String> newTerms) {
        Edit e = new Edit(this);
        e.terms = newTerms;
        return e.done();
    }

    SelectionState showing(List<Shown> list) {
        Edit e = new Edit(this);
        e.shown = list;
        return e.done();
    }

    SelectionState changing(List<Shown> gaining, List<Shown> losing) {
        Edit e = new Edit(this);
        e.give = gaining;
        e.remove = losing;
        return e.done();
    }

    SelectionState withContact(Contact c) {
        Edit e = new Edit(this);
        e.contact = c;
        return e.done();
    }

    SelectionState withDelay(int days) {
        Edit e = new Edit(this);
        e.delayDays = days;
        return e.done();
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

    /** A copy being changed: each method above sets what it changes and keeps the rest. */
    private static final class Edit {
        CandidateWish.Kind kind;
        List<String> terms;
        Long seriesId;
        String seriesName;
        int entries;
        String mode;
        boolean agreed;
        Contact contact;
        int delayDays;
        int withAccess;
        List<Shown> shown;
        List<Shown> give;
        List<Shown> remove;

        Edit(SelectionState s) {
            kind = s.kind;
            terms = s.terms;
            seriesId = s.seriesId;
            seriesName = s.seriesName;
            entries = s.entries;
            mode = s.mode;
            agreed = s.agreed;
            contact = s.contact;
            delayDays = s.delayDays;
            withAccess = s.withAccess;
            shown = s.shown;
            give = s.give;
            remove = s.remove;
        }

        SelectionState done() {
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
                    give,
                    remove);
        }
    }
}
