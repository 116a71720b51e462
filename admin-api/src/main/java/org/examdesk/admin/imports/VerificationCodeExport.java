package org.examdesk.admin.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.StudentMail;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The verification-code export (domain section 1): creates a results account for every candidate the caller's
 * centre entered for a series who has none, and hands back their codes and personal activation addresses as
 * CSV. Codes are single-use, expire, and only their hashes are kept, so a lost file cannot be downloaded again:
 * {@code reissue} gives fresh codes (voiding the old ones) to exported accounts that are still not activated.
 */
final class VerificationCodeExport {
    private static final Pattern SERIES = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Jdbi jdbi;
    private final ActivationCodes codes;
    private final StudentMail mail;
    private final AuditLog audit;

    private record Candidate(Long studentId, String forename, String surname, String uci, LocalDate dob) {
    }

    VerificationCodeExport(Jdbi jdbi, ActivationCodes codes, StudentMail mail, AuditLog audit) {
        this.jdbi = jdbi;
        this.codes = codes;
        this.mail = mail;
        this.audit = audit;
    }

    String export(Actor actor, String series, boolean responsibilityAccepted, boolean reissue) {
        if (!responsibilityAccepted) {
            throw ApiException.invalid("Tick that you accept responsibility for storing and handing out the file of "
                    + "verification codes securely (responsibilityAccepted: true).", List.of("responsibilityAccepted"));
        }
        long centre = actor.caller().centre().id();
        return jdbi.inTransaction(h -> {
            if (!SERIES.matcher(series).matches() || !hasEntries(h, centre, series)) {
                throw ApiException.notFound("Your centre has no exam entries for the series '" + series + "'.");
            }
            List<Candidate> candidates = candidates(h, centre, series, reissue);
            List<Long> created = create(h, actor, centre, candidates);
            Instant expires = codes.expiry();
            List<List<String>> lines = new ArrayList<>();
            lines.add(List.of("Forename", "Surname", "UCI", "Verification code", "Activation URL", "Code expires"));
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                long id = c.studentId() != null ? c.studentId() : created.get(i);
                String code = codes.issue(h, id);
                lines.add(List.of(c.forename(), c.surname(), c.uci(), code, mail.activationUrl(code), expires.toString()));
            }
            audit.record(h, actor, "VERIFICATION_CODES_EXPORTED", "series", centre + ":" + series, null,
                    Map.of("series", series, "accountsCreated", created.stream().filter(x -> x != null).count(),
                            "codesIssued", candidates.size()));
            return RejectedCsv.write(lines);
        });
    }

    private static boolean hasEntries(Handle h, long centre, String series) {
        return h.createQuery("select exists (select 1 from exam_entries where centre_id = :c and series = :s)")
                .bind("c", centre).bind("s", series).mapTo(Boolean.class).one();
    }

    private static List<Candidate> candidates(Handle h, long centre, String series, boolean reissue) {
        return h.createQuery("""
                        select s.id, e.forename, e.surname, e.uci, e.date_of_birth
                          from exam_entries e
                          left join students s on s.centre_id = e.centre_id and s.uci = e.uci
                         where e.centre_id = :c and e.series = :s
                           and (s.id is null or (:reissue and s.created_by = 'export' and s.status = 'NOT_ACTIVATED'))
                         order by e.surname, e.forename, e.uci""")
                .bind("c", centre).bind("s", series).bind("reissue", reissue)
                .map((rs, ctx) -> new Candidate((Long) rs.getObject(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Creates accounts for the candidates without one; the list holds the new id per candidate, or null. */
    private List<Long> create(Handle h, Actor actor, long centre, List<Candidate> candidates) {
        List<Long> ids = new ArrayList<>();
        PreparedBatch batch = h.prepareBatch("""
                insert into students (id, centre_id, forename, surname, uci, email, date_of_birth, status, created_by,
                                      created_by_user_id)
                values (:id, :centre, :forename, :surname, :uci, null, :dob, 'NOT_ACTIVATED', 'export', :user)""");
        List<AuditLog.Target> targets = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.studentId() != null) {
                ids.add(null);
                continue;
            }
            long id = h.createQuery("select nextval('students_id_seq')").mapTo(Long.class).one();
            ids.add(id);
            batch.bind("id", id).bind("centre", centre).bind("forename", c.forename()).bind("surname", c.surname())
                    .bind("uci", c.uci()).bind("dob", c.dob()).bind("user", actor.caller().id()).add();
            targets.add(new AuditLog.Target(String.valueOf(id), Map.of("uci", c.uci(), "createdBy", "export")));
        }
        if (!targets.isEmpty()) {
            batch.execute();
        }
        audit.recordAll(h, actor, "STUDENT_CREATED_BY_EXPORT", "student", targets);
        return ids;
    }
}
