package org.examdesk.admin.results.candidates;

import java.util.Collection;
import java.util.List;
import org.examdesk.admin.results.AccessMode;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(CandidateRow.class)
public interface CandidateDao {
    /** Name (either order), candidate number or UCI; {@code :q} null lists everyone. */
    String MATCHES =
            """
             and (cast(:q as text) is null
                  or x.candidate_number like :prefix escape '!' or upper(x.uci) like upper(:prefix) escape '!'
                  or lower(x.forename || ' ' || x.surname) like lower(:contains) escape '!'
                  or lower(x.surname || ' ' || x.forename) like lower(:contains) escape '!')""";

    @SqlQuery("select x.candidate_id as id, x.candidate_number, x.forename, x.surname, trim(x.uci) as uci, x.selected, "
            + "x.has_access, case when cr.candidate_id is null then 'NONE' when cr.stale then 'STALE' else 'CURRENT' "
            + "end as credentials, cr.generated_at from (" + CredentialDao.WITH_ACCESS + ") x "
            + "left join results_credentials cr on cr.candidate_id = x.candidate_id and cr.series_id = x.series_id "
            + "where true " + MATCHES + " order by x.candidate_number limit :limit offset :offset")
    List<CandidateRow> page(
            @Bind("centre") long centreId,
            @Bind("series") long seriesId,
            @Bind("mode") AccessMode mode,
            @Bind("open") boolean parentAllows,
            @Bind("q") String q,
            @Bind("prefix") String prefix,
            @Bind("contains") String contains,
            @Bind("limit") int limit,
            @Bind("offset") int offset);

    @SqlQuery("select count(*) from (" + CredentialDao.WITH_ACCESS + ") x where true " + MATCHES)
    int count(
            @Bind("centre") long centreId,
            @Bind("series") long seriesId,
            @Bind("mode") AccessMode mode,
            @Bind("open") boolean parentAllows,
            @Bind("q") String q,
            @Bind("prefix") String prefix,
            @Bind("contains") String contains);

    /** Which of these ids are candidates with a valid entry at this centre for this series. */
    @SqlQuery(
            """
            select candidate_id from entries
             where centre_id = :centre and series_id = :series and valid and candidate_id in (<ids>)""")
    List<Long> entered(
            @Bind("centre") long centreId,
            @Bind("series") long seriesId,
            @BindList("ids") Collection<Long> candidateIds);

    @SqlQuery("select candidate_number from candidates where id in (<ids>) order by candidate_number")
    List<String> numbers(@BindList("ids") Collection<Long> candidateIds);

    @SqlBatch(
            """
            insert into results_candidate_access (candidate_id, series_id, selected) values (:id, :series, :selected)
            on conflict (candidate_id, series_id) do update set selected = excluded.selected""")
    void select(
            @Bind("id") Collection<Long> candidateIds,
            @Bind("series") long seriesId,
            @Bind("selected") boolean selected);

    /** Moving from ALL to SELECTED keeps everyone ticked, so nobody loses access by surprise. */
    @SqlUpdate(
            """
            insert into results_candidate_access (candidate_id, series_id, selected)
            select candidate_id, series_id, true from entries where centre_id = :centre and series_id = :series and valid
            on conflict (candidate_id, series_id) do update set selected = true""")
    int selectAll(@Bind("centre") long centreId, @Bind("series") long seriesId);

    /** A candidate's entry for a series (for demo data). */
    record Entry(long candidate, long series, long centre, boolean valid) {}

    /** A new candidate (for demo data). */
    @SqlUpdate(
            """
            insert into candidates (centre_id, candidate_number, forename, surname, uci)
            values (:centre, :number, :forename, :surname, :uci)""")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("centre") long centreId,
            @Bind("number") String number,
            @Bind("forename") String forename,
            @Bind("surname") String surname,
            @Bind("uci") String uci);

    @SqlBatch(
            "insert into entries (candidate_id, series_id, centre_id, valid) values (:candidate, :series, :centre, :valid)")
    void insertEntries(@BindMethods List<Entry> entries);
}
