package org.examdesk.admin.results.candidates;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.examdesk.admin.accounts.CentreDao;
import org.examdesk.admin.results.AccessMode;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

@RegisterConstructorMapper(CredentialDao.Counts.class)
@RegisterConstructorMapper(CredentialDao.LoginRow.class)
@RegisterConstructorMapper(LetterCandidate.class)
public interface CredentialDao {
    record Counts(int withAccess, int current, int stale, int missing) {}

    /** A credential with everything needed to decide, right now, whether its holder may sign in. */
    record LoginRow(
            String passwordHash,
            long candidateId,
            String candidateNumber,
            String forename,
            String surname,
            long centreId,
            long seriesId,
            String seriesName,
            AccessMode mode,
            boolean selected,
            boolean associateAllowed,
            boolean entryValid) {
        /** Whether the holder may sign in, at {@code centre} (the entry's): an associate's parent must allow it. */
        boolean hasAccess(CentreDao.Centre centre) {
            return entryValid && (centre.parentId() == null || associateAllowed) && mode.admits(selected);
        }
    }

    /** Hashes only: the clear passwords were written into the letters and nowhere else. */
    record Issued(
            long candidateId,
            long seriesId,
            String username,
            String passwordHash,
            Instant generatedAt,
            boolean stale,
            long jobId) {}

    String WITH_ACCESS =
            """
            select e.candidate_id, e.series_id, c.candidate_number, c.forename, c.surname, c.uci,
                   coalesce(a.selected, false) as selected,
                   (:open and (:mode = 'ALL' or (:mode = 'SELECTED' and coalesce(a.selected, false)))) as has_access
              from entries e
              join candidates c on c.id = e.candidate_id
              left join results_candidate_access a on a.candidate_id = e.candidate_id and a.series_id = e.series_id
             where e.centre_id = :centre and e.series_id = :series and e.valid""";

    @SqlQuery("select count(*) filter (where x.has_access) as with_access, "
            + "count(*) filter (where x.has_access and cr.candidate_id is not null and not cr.stale) as current, "
            + "count(*) filter (where x.has_access and cr.stale) as stale, "
            + "count(*) filter (where x.has_access and cr.candidate_id is null) as missing "
            + "from (" + WITH_ACCESS + ") x left join results_credentials cr "
            + "on cr.candidate_id = x.candidate_id and cr.series_id = x.series_id")
    Counts counts(
            @Bind("centre") long centreId,
            @Bind("series") long seriesId,
            @Bind("mode") AccessMode mode,
            @Bind("open") boolean parentAllows);

    /** Candidates who need a letter: with access and without current credentials (or all with access). */
    @SqlQuery("select x.candidate_id, x.candidate_number, x.forename, x.surname from (" + WITH_ACCESS + ") x "
            + "left join results_credentials cr on cr.candidate_id = x.candidate_id and cr.series_id = x.series_id "
            + "where x.has_access and (:all or cr.candidate_id is null or cr.stale) order by x.candidate_number")
    List<LetterCandidate> needingLetters(
            @Bind("centre") long centreId,
            @Bind("series") long seriesId,
            @Bind("mode") AccessMode mode,
            @Bind("open") boolean parentAllows,
            @Bind("all") boolean all);

    @SqlBatch(
            """
            insert into results_credentials (candidate_id, series_id, username, password_hash, generated_at, stale, job_id)
            values (:i.candidateId, :i.seriesId, :i.username, :i.passwordHash, :i.generatedAt, :i.stale, :i.jobId)
            on conflict (candidate_id, series_id) do update
               set username = excluded.username, password_hash = excluded.password_hash,
                   generated_at = excluded.generated_at, stale = excluded.stale, job_id = excluded.job_id""")
    void issue(@BindMethods("i") List<Issued> issued);

    @SqlQuery(
            """
            select cr.password_hash, c.id as candidate_id, c.candidate_number, c.forename, c.surname,
                   e.centre_id, cr.series_id, s.name as series_name, coalesce(ra.mode, 'NONE') as mode,
                   coalesce(ca.selected, false) as selected, coalesce(aa.give_access, false) as associate_allowed,
                   e.valid as entry_valid
              from results_credentials cr
              join candidates c on c.id = cr.candidate_id
              join series s on s.id = cr.series_id
              join entries e on e.candidate_id = cr.candidate_id and e.series_id = cr.series_id
              left join results_access ra on ra.centre_id = e.centre_id and ra.series_id = cr.series_id
              left join results_candidate_access ca on ca.candidate_id = cr.candidate_id and ca.series_id = cr.series_id
              left join results_associate_access aa on aa.associate_centre_id = e.centre_id
                                                   and aa.series_id = cr.series_id
             where cr.username = :username""")
    Optional<LoginRow> login(@Bind("username") String username);
}
