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

    /**
     * A fresh code, not yet stored (for batch inserts); pair it with {@link #hash}. Its 12 letters take 60 of the
     * 64 bits of one draw from the secure generator, 5 bits each: the alphabet has 32 letters, so each is equally
     * likely, as with a draw per letter, at a sixth of the draws (an import makes 100,000 codes).
     */
    public String newCode() {
        long bits = random.nextLong();
        char[] code = new char[14];
        int at = 0;
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code[at++] = '-';
            }
            code[at++] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(code);
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

    /** The code without spaces ({@code \\s}: space, tab, line breaks, form feed) and dashes, in upper case. */
    private static String normalise(String code) {
        StringBuilder letters = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != '-' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                letters.append(c);
            }
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }
}
