package org.examdesk.admin.results.candidates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Candidate passwords: 12 characters from SecureRandom over an alphabet without look-alikes (no 0/O, 1/l/I),
 * about 70 bits, printed in three groups. Because they are long and random (not chosen by people), a salted
 * SHA-256 is enough to store them and keeps 10,000 letters fast; Argon2 is for the staff's own passwords.
 */
public final class CandidatePasswords {
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    static final int LENGTH = 12;
    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getEncoder().withoutPadding();
    private final Base64.Decoder decoder = Base64.getDecoder();
    /** Compared against when the username is unknown, so both paths cost the same. */
    private final String decoy = hash("decoy-password-never-issued");

    public String generate() {
        StringBuilder password = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return "sha256$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(digest(salt, password));
    }

    boolean verify(String password, String encoded) {
        String[] parts = (encoded == null ? decoy : encoded).split("\\$");
        if (parts.length != 3 || !"sha256".equals(parts[0]) || password == null) {
            return false;
        }
        byte[] expected = decoder.decode(parts[2]);
        return MessageDigest.isEqual(expected, digest(decoder.decode(parts[1]), password)) && encoded != null;
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.strip().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
