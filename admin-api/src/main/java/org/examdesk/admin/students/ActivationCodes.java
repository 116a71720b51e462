package org.examdesk.admin.students;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.examdesk.admin.accounts.Tokens;
import org.jdbi.v3.core.Handle;

/**
 * Activation codes: 12 characters a student can type (no 0/O or 1/I), shown as XXXX-XXXX-XXXX, single-use,
 * expiring, stored only as SHA-256. Issuing a new code for a student voids the older ones.
 */
public final class ActivationCodes {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lifetime;

    public ActivationCodes(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new code for the student, valid until {@link #expiry()} from now; older unused codes stop working. */
    public String issue(Handle h, long studentId) {
        Instant now = clock.instant();
        StudentCodeDao dao = h.attach(StudentCodeDao.class);
        dao.voidUnused(studentId, now);
        String code = newCode();
        dao.insert(hash(code), studentId, now.plus(lifetime));
        return code;
    }

    /** A fresh code, not yet stored (for batch inserts); pair it with {@link #hash}. */
    public String newCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a code: SHA-256 of its letters, ignoring case, spaces and dashes. */
    public static byte[] hash(String code) {
        return Tokens.hash(normalise(code));
    }

    public Instant expiry() {
        return clock.instant().plus(lifetime);
    }

    /** The student a live, unused code belongs to. */
    public Optional<Long> studentOf(Handle h, String code) {
        return h.attach(StudentCodeDao.class).liveOwner(hash(code), clock.instant());
    }

    /** Marks a code used. */
    public void spend(Handle h, String code) {
        h.attach(StudentCodeDao.class).spend(hash(code), clock.instant());
    }

    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
