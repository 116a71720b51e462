package org.examdesk.admin.testing;

import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.accounts.Tokens;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes signed-in callers straight in the database (a user with one role at a centre and a live session), so
 * tests can try many roles without paying for a password hash each.
 */
public final class TestCallers {
    private final Jdbi jdbi;
    private final Tokens tokens = new Tokens();

    public TestCallers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A bearer token for a new staff user with {@code role} at the centre numbered {@code centre} (null: none). */
    public String staff(Role role, String centre) {
        String token = tokens.newToken();
        jdbi.useTransaction(h -> {
            String username =
                    role.name().toLowerCase() + "." + tokens.newToken().substring(0, 8) + "@test.example";
            long id = h.createUpdate(
                            """
                            insert into users (username, email, first_name, last_name, password_hash, centre_id)
                            values (:u, :u, 'Test', :last, 'no-password', (select id from centres where number = :centre))""")
                    .bind("u", username)
                    .bind("last", role.name())
                    .bind("centre", centre)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            h.execute("insert into user_roles (user_id, role) values (?, ?)", id, role.name());
            session(h, "STAFF", id, token);
        });
        return token;
    }

    /** A bearer token for a student session on the student {@code studentId}. */
    public String student(long studentId) {
        String token = tokens.newToken();
        jdbi.useHandle(h -> session(h, "STUDENT", studentId, token));
        return token;
    }

    /** A service token, as the bot holds. */
    public String service() {
        String token = tokens.newToken();
        jdbi.useHandle(h -> h.execute(
                "insert into service_tokens (name, token_hash) values ('test', ?)", (Object) Tokens.hash(token)));
        return token;
    }

    private static void session(Handle h, String type, long id, String token) {
        h.execute(
                "insert into sessions (token_hash, principal_type, principal_id, expires_at) "
                        + "values (?, ?, ?, now() + interval '1 hour')",
                Tokens.hash(token),
                type,
                id);
    }
}
