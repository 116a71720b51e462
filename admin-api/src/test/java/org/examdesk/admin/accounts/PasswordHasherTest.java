package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_verifies_the_same_password_and_no_other() {
        String hash = hasher.hash("Correct-Horse-1");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify("Correct-Horse-1", hash)).isTrue();
        assertThat(hasher.verify("correct-horse-1", hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertThat(hasher.hash("Same-Password-9")).isNotEqualTo(hasher.hash("Same-Password-9"));
    }

    @Test
    void a_malformed_hash_never_verifies() {
        assertThat(hasher.verify("anything", "not-a-hash")).isFalse();
    }
}
