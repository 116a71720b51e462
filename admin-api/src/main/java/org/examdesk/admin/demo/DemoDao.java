package org.examdesk.admin.demo;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The bulk writes of the demo data that no feature makes itself: centres, series, candidates and their entries
 * (students and exam entries go through the students feature's DAOs). Runs once, on an empty database, inside
 * the demo transaction.
 */
interface DemoDao {
    /** A candidate's entry for a series. */
    record CandidateEntry(long candidate, long series, long centre, boolean valid) {}

    @SqlQuery("select count(*) from centres")
    long centres();

    @SqlUpdate("insert into centres (number, name, parent_id) values (:n, :name, :parent)")
    @GetGeneratedKeys("id")
    long insertCentre(@Bind("n") String number, @Bind("name") String name, @Bind("parent") Long parentId);

    @SqlQuery("select id from centres where number = :n")
    long centreId(@Bind("n") String number);

    @SqlQuery("select number from centres where id = :id")
    String centreNumber(@Bind("id") long id);

    @SqlUpdate("insert into series (name, code, board, credentials_open_from) values (:name, :code, :board, :opens)")
    @GetGeneratedKeys("id")
    long insertSeries(
            @Bind("name") String name,
            @Bind("code") String code,
            @Bind("board") String board,
            @Bind("opens") LocalDate opens);

    @SqlUpdate(
            """
            insert into candidates (centre_id, candidate_number, forename, surname, uci)
            values (:centre, :number, :forename, :surname, :uci)""")
    @GetGeneratedKeys("id")
    long insertCandidate(
            @Bind("centre") long centreId,
            @Bind("number") String number,
            @Bind("forename") String forename,
            @Bind("surname") String surname,
            @Bind("uci") String uci);

    @SqlBatch(
            "insert into entries (candidate_id, series_id, centre_id, valid) values (:candidate, :series, :centre, :valid)")
    void insertCandidateEntries(@BindMethods List<CandidateEntry> entries);
}
