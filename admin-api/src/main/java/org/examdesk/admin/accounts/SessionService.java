package org.examdesk.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Signs staff in and out and turns a bearer token back into a {@link Caller}. */
public final class SessionService {
    private static final String DOOR = "staff";
    private static final Pattern SLACK_SUBJECT = Pattern.compile("slack:([A-Z0-9]{1,32}):([A-Z0-9]{1,32})");

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration sessionTtl;
    private final PasswordHasher hasher;
    private final Tokens tokens = new Tokens();
    private final SignInGuard guard;
    private final LinkedIdentities linked;
    private final StudentCallers students;

    public SessionService(
            Jdbi jdbi,
            Clock clock,
            Duration sessionTtl,
            PasswordHasher hasher,
            SignInGuard guard,
            StudentCallers students,
            LinkedIdentities linked) {
        this.jdbi = jdbi;
        this.students = students;
        this.linked = linked;
        this.clock = clock;
        this.sessionTtl = sessionTtl;
        this.hasher = hasher;
        this.guard = guard;
    }

    public record SignedIn(String token, UserView user) {}

    public SignedIn login(String username, String password, String client) {
        guard.check(DOOR, username, client);
        StaffDao staff = jdbi.onDemand(StaffDao.class);
        StaffRow row = staff.findByUsername(username).orElse(null);
        Instant now = clock.instant();
        if (row == null) {
            hasher.hash(password); // same work whether or not the user exists
            guard.failed(DOOR, username, client);
            throw wrongCredentials();
        }
        if (!hasher.verify(password, row.passwordHash())) {
            guard.failed(DOOR, username, client);
            throw wrongCredentials();
        }
        guard.succeeded(DOOR, username, client);
        if (!staff.isEmailVerified(row.id())) {
            throw ApiException.forbidden(
                    "Verify your email address first: follow the link we emailed when you signed up.");
        }
        String token = tokens.newToken();
        jdbi.onDemand(SessionDao.class).insert(Tokens.hash(token), "STAFF", row.id(), now.plus(sessionTtl));
        return new SignedIn(token, UserView.of(staffCaller(row, staff)));
    }

    public void logout(String token) {
        jdbi.onDemand(SessionDao.class).revoke(Tokens.hash(token), clock.instant());
    }

    /** The caller a bearer token stands for, if it is live. */
    public Optional<Caller> resolve(String token) {
        byte[] hash = Tokens.hash(token);
        return jdbi.withHandle(
                h -> { // one connection for the few lookups every request makes
                    SessionDao sessions = h.attach(SessionDao.class);
                    Optional<SessionDao.SessionRow> session = sessions.findLive(hash, clock.instant());
                    if (session.isPresent() && "STAFF".equals(session.get().principalType())) {
                        StaffDao staff = h.attach(StaffDao.class);
                        return staff.findById(session.get().principalId()).map(row -> staffCaller(row, staff));
                    }
                    if (session.isPresent() && "STUDENT".equals(session.get().principalType())) {
                        return students.find(h, session.get().principalId());
                    }
                    return sessions.findServiceToken(hash)
                            .map(name -> new Caller(Caller.Kind.SERVICE, 0, name, Set.of(), null, "api"));
                });
    }

    /**
     * The staff caller an integration acts for. {@code subject} names an external identity linked to a staff
     * account; today {@code slack:<team>:<user>}. Empty when the identity is not linked (or not understood).
     */
    public Optional<Caller> onBehalfOf(Caller service, String subject) {
        Matcher slack = SLACK_SUBJECT.matcher(subject);
        if (service.kind() != Caller.Kind.SERVICE || !slack.matches()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> {
            StaffDao staff = h.attach(StaffDao.class);
            return linked.staffId(h, slack.group(1), slack.group(2))
                    .flatMap(staff::findById)
                    .map(row -> staffCaller(row, staff).reachedThrough("slack", service.name() + " via " + subject));
        });
    }

    /**
     * Opens a session for one student, limited to that student's own account (principal type STUDENT), inside
     * the caller's transaction; returns the token, of which only the hash is kept.
     */
    public String openStudentSession(Handle handle, long studentId) {
        String token = tokens.newToken();
        handle.attach(SessionDao.class)
                .insert(
                        Tokens.hash(token),
                        "STUDENT",
                        studentId,
                        clock.instant().plus(sessionTtl));
        return token;
    }

    /**
     * Ends every live session of one student inside the caller's transaction (a new password means the sessions
     * opened with the old one, or by whoever had it, stop working); returns how many were ended.
     */
    public int endStudentSessions(Handle handle, long studentId) {
        return handle.attach(SessionDao.class).revokeAll("STUDENT", studentId, clock.instant());
    }

    /** Registers a new service token for an integration and returns it; only its hash is kept. */
    public String issueServiceToken(String name) {
        String token = tokens.newToken();
        jdbi.onDemand(SessionDao.class).insertServiceToken(name, Tokens.hash(token));
        return token;
    }

    private static Caller staffCaller(StaffRow row, StaffDao staff) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(staff.roles(row.id()));
        return new Caller(Caller.Kind.STAFF, row.id(), row.displayName(), Set.copyOf(roles), row.centre(), "api");
    }

    private static ApiException wrongCredentials() {
        return ApiException.unauthorized("The username or password is not right.");
    }
}
