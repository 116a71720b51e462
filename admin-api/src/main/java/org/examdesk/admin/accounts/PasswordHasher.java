package org.examdesk.admin.accounts;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (Bouncy Castle) with the OWASP baseline: 19 MiB of memory, 2 passes, 1 lane. Hashes are stored in
 * the standard encoded form, so parameters can be raised later without breaking old hashes.
 */
public final class PasswordHasher {
    private static final int MEMORY_KB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int HASH_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getEncoder().withoutPadding();
    private final Base64.Decoder decoder = Base64.getDecoder();

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KB, ITERATIONS, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KB + ",t=" + ITERATIONS + ",p=1$" + encoder.encodeToString(salt) + "$"
                + encoder.encodeToString(hash);
    }

    public boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        int memory = 0;
        int iterations = 0;
        for (String setting : parts[3].split(",")) {
            String[] kv = setting.split("=");
            if ("m".equals(kv[0])) {
                memory = Integer.parseInt(kv[1]);
            } else if ("t".equals(kv[0])) {
                iterations = Integer.parseInt(kv[1]);
            }
        }
        byte[] salt = decoder.decode(parts[4]);
        byte[] expected = decoder.decode(parts[5]);
        return MessageDigest.isEqual(expected, derive(password, salt, memory, iterations, expected.length));
    }

    private static byte[] derive(String password, byte[] salt, int memoryKb, int iterations, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKb)
                .withIterations(iterations)
                .withParallelism(1)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.toCharArray(), out);
        return out;
    }
}
