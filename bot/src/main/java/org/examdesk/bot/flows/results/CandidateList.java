package org.examdesk.bot.flows.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.ResultsModels.Candidate;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;

/**
 * The candidates a selected-access request names, found by name, number or UCI, and shown as a list to tick: those
 * named by a term that matched only them ticked (unticked when taking access away), those with access now ticked.
 */
final class CandidateList {
    static final String FIELD = "candidates";
    /** The most candidates one list shows; a wider search is asked to be narrowed. */
    static final int MAX_SHOWN = 10;

    /** What the terms found: the list to show, who a term named alone, terms found nowhere, terms matching too many. */
    record Found(List<SelectionState.Shown> shown, List<Long> named, List<String> unknown, List<String> wide) {}

    private CandidateList() {}

    static Found find(ResultsAccess client, SelectionState state) {
        Map<Long, SelectionState.Shown> shown = new LinkedHashMap<>();
        List<Long> named = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        for (String term : state.terms()) {
            List<Candidate> found = client.candidates(state.seriesId(), term);
            if (found.isEmpty()) {
                unknown.add(term);
            } else if (found.size() == 1) {
                named.add(found.get(0).id());
            } else if (found.size() > MAX_SHOWN) {
                wide.add(term + " (" + found.size() + " match)");
            }
            found.stream().limit(MAX_SHOWN).forEach(c -> shown.putIfAbsent(c.id(), shown(c, state.mode())));
        }
        return new Found(shown.values().stream().limit(MAX_SHOWN).toList(), named, unknown, wide);
    }

    static void ask(Turn turn, SelectionState state, Found found) {
        boolean removing = state.kind() == CandidateWish.Kind.REMOVE;
        List<String> ticked = found.shown().stream()
                .filter(s -> removing
                        ? s.hadAccess() && !found.named().contains(s.id())
                        : s.hadAccess() || found.named().contains(s.id()))
                .map(s -> String.valueOf(s.id()))
                .toList();
        turn.picks(
                "Tick who should have results access for " + state.seriesName() + " (untick anyone who should lose "
                        + "it), then press Continue:",
                FIELD,
                found.shown().stream()
                        .map(s -> new Reply.Option(
                                s.label() + (s.hadAccess() ? ", has access now" : ""), String.valueOf(s.id())))
                        .toList(),
                ticked,
                "Continue",
                "picked");
    }

    private static SelectionState.Shown shown(Candidate c, String mode) {
        boolean has = "ALL".equals(mode) || c.hasAccess() || "SELECTED".equals(mode) && c.selected();
        return new SelectionState.Shown(
                c.id(), c.forename() + " " + c.surname() + " (" + c.candidateNumber() + ")", has);
    }
}
