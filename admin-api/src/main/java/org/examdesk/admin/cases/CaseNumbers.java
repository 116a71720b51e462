package org.examdesk.admin.cases;

import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** Random 8-digit case numbers (10000000 to 99999999), drawn again when one is taken. */
public final class CaseNumbers {
    static final int ATTEMPTS = 20;

    private final RandomGenerator random;

    CaseNumbers(RandomGenerator random) {
        this.random = random;
    }

    String next() {
        return Integer.toString(10_000_000 + random.nextInt(90_000_000));
    }

    /** Calls {@code insert} with fresh numbers until it returns an id (empty means the number was taken). */
    <T> T claim(Function<String, Optional<T>> insert) {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<T> done = insert.apply(next());
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new IllegalStateException("No free case number after " + ATTEMPTS + " attempts");
    }

    public static boolean looksLikeNumber(String text) {
        return text != null && text.matches("[0-9]{8}");
    }
}
