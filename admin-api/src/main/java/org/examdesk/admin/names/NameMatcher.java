package org.examdesk.admin.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rules of a name match, over what the database found (the {@link NameHit}s of the students' or the learners'
 * name DAO): a person matches on the full name when a forename (given name) and a surname (family name) answer to
 * different words of the query (in either order), otherwise on the surname, otherwise on the forename. Only the best tier present is answered; within it, exact matches come
 * first, then those that use more of the query's words ("smith jones" names Smith-Jones better than Smith), then
 * by surname and forename (folded, so Łukasiewicz sorts with L).
 */
public final class NameMatcher {
    /** How much of a person's name matched, best first. */
    public enum Tier {
        FULL_NAME,
        SURNAME,
        FORENAME
    }

    /** A person's best match: its tier, whether every name in it matched exactly, and the query words it used. */
    public record Ranked(
            long id, Tier tier, boolean exact, SortedSet<Integer> words, String surnameKey, String forenameKey) {}

    /** Query words (their positions) that one name, or a forename and surname together, answered to. */
    private record Hit(SortedSet<Integer> words, boolean exact) {
        static final Comparator<Hit> BEST_FIRST = Comparator.comparing(Hit::exact)
                .reversed()
                .thenComparing(
                        Comparator.comparingInt((Hit h) -> h.words().size()).reversed())
                .thenComparingInt(h -> h.words().first());

        boolean overlaps(Hit other) {
            return other.words().stream().anyMatch(words::contains);
        }

        Hit with(Hit other) {
            SortedSet<Integer> both = new TreeSet<>(words);
            both.addAll(other.words());
            return new Hit(both, exact && other.exact());
        }
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::exact)
            .reversed()
            .thenComparing(
                    Comparator.comparingInt((Ranked r) -> r.words().size()).reversed())
            .thenComparing(Ranked::surnameKey)
            .thenComparing(Ranked::forenameKey)
            .thenComparingLong(Ranked::id);

    /** The best {@code limit} people of the best tier present; {@code terms} are the query's, in order. */
    public List<Ranked> rank(List<NameQuery.Term> terms, List<NameHit> hits, int limit) {
        Map<Long, List<NameHit>> byPerson = new LinkedHashMap<>();
        hits.forEach(hit ->
                byPerson.computeIfAbsent(hit.id(), id -> new ArrayList<>()).add(hit));
        List<Ranked> all = byPerson.values().stream().map(h -> best(terms, h)).toList();
        Optional<Tier> top = all.stream().map(Ranked::tier).min(Comparator.naturalOrder());
        return all.stream()
                .filter(r -> top.isPresent() && r.tier() == top.get())
                .sorted(ORDER)
                .limit(limit)
                .toList();
    }

    /**
     * Whether {@code ranked}, ranked from the candidates that hold two terms exactly (one term for a query of one
     * word), is already the whole answer: it fills {@code limit} with exact matches of the best tier the query
     * could reach (a full name from two words or more, else a surname), so no other candidate could come before any
     * of them.
     */
    public boolean settled(List<Ranked> ranked, int words, int limit) {
        Tier best = words >= 2 ? Tier.FULL_NAME : Tier.SURNAME;
        return ranked.size() >= limit && ranked.stream().allMatch(r -> r.exact() && r.tier() == best);
    }

    private static Ranked best(List<NameQuery.Term> terms, List<NameHit> hits) {
        NameHit first = hits.get(0);
        List<Hit> forenames = hits(terms, hits, "FORENAME");
        List<Hit> surnames = hits(terms, hits, "SURNAME");
        Optional<Hit> full = forenames.stream()
                .flatMap(f -> surnames.stream().filter(s -> !s.overlaps(f)).map(f::with))
                .min(Hit.BEST_FIRST);
        Tier tier = full.isPresent() ? Tier.FULL_NAME : surnames.isEmpty() ? Tier.FORENAME : Tier.SURNAME;
        Hit hit = full.orElseGet(() -> (surnames.isEmpty() ? forenames : surnames)
                .stream().min(Hit.BEST_FIRST).orElseThrow());
        return new Ranked(first.id(), tier, hit.exact(), hit.words(), first.surnameKey(), first.forenameKey());
    }

    private static List<Hit> hits(List<NameQuery.Term> terms, List<NameHit> hits, String field) {
        return hits.stream()
                .filter(h -> h.field().equals(field))
                .map(h -> new Hit(new TreeSet<>(terms.get(h.term() - 1).positions()), h.exact()))
                .toList();
    }
}
