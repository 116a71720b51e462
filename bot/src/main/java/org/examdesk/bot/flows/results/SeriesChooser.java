package org.examdesk.bot.flows.results;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examdesk.admin.client.ResultsModels.Series;
import org.examdesk.bot.engine.Turn;

/**
 * Works out which exam series a message means ("June", "November 2026"), or asks: for results access here, and
 * for any task done per series (the verification-code export).
 */
public final class SeriesChooser {
    static final String PICK = "series:";

    /** The series named in the message; when only a month is named, the soonest one that is open. */
    public Optional<Series> named(List<Series> all, Optional<String> named) {
        if (named.isEmpty()) {
            return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
        }
        String[] parts = named.get().split("-");
        return all.stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).startsWith(parts[0]))
                .filter(s -> parts.length < 2 || s.name().endsWith(parts[1]))
                .sorted((a, b) -> Boolean.compare(b.credentialsOpen(), a.credentialsOpen()))
                .findFirst();
    }

    public void ask(Turn turn, List<Series> all) {
        turn.choices(
                "Which series?",
                all.stream().map(s -> turn.option(s.name(), PICK + s.id())).toList());
    }

    /** The series whose button was pressed ({@code action}), if it was one of {@link #ask}'s. */
    public static Optional<Series> picked(List<Series> all, String action) {
        if (action == null || !action.startsWith(PICK)) {
            return Optional.empty();
        }
        long id = Long.parseLong(action.substring(PICK.length()));
        return all.stream().filter(s -> s.id() == id).findFirst();
    }

    /** Why credentials cannot be made for a series yet, or null when they can. */
    static String blocked(Series s) {
        if (s.entries() == 0) {
            return "Your centre has no valid entry in " + s.name() + ", so there are no candidates to give access to.";
        }
        if (!s.credentialsOpen()) {
            return "Credentials for " + s.name() + " can be created from " + s.credentialsOpenFrom() + ".";
        }
        return null;
    }
}
