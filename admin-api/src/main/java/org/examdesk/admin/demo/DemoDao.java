package org.examdesk.admin.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The bulk writes of the demo data that no feature makes itself: students with a given status and history, exam
 * entries, series, candidates and their entries. Runs once, on an empty database, inside the demo transaction.
 */
interface DemoDao {
    /** A demo student with the failure counters that go with its status. */
    record Student(long centre, String forename, String surname, String uci, String email, LocalDate dob, int year,
                   String status, boolean mock, boolean high, int af, int lf, int rf, OffsetDateTime created,
                   String createdBy) {
    }

    /** An entered candidate without an account. */
    record Entry(String centre, String uci, String forename, String surname, LocalDate dob, String series) {
    }

    /** A candidate's entry for a series. */
    record CandidateEntry(long candidate, long series, long centre, boolean valid) {
    }

    @SqlQuery("select count(*) from centres")
    long centres();

    @SqlUpdate("insert into centres (number, name, parent_id) values (:n, :name, :parent)")
    @GetGeneratedKeys("id")
    long insertCentre(@Bind("n") String number, @Bind("name") String name, @Bind("parent") Long parentId);

    @SqlQuery("select id from centres where number = :n")
    long centreId(@Bind("n") String number);

    @SqlQuery("select number from centres where id = :id")
    String centreNumber(@Bind("id") long id);

    @SqlBatch("""
            insert into students (centre_id, forename, surname, uci, email, date_of_birth, school_year, status,
                                  mock_permission, high_stakes_permission, activation_failures, login_failures,
                                  reset_failures, created_at, created_by)
            values (:centre, :forename, :surname, :uci, :email, :dob, :year, :status, :mock, :high, :af, :lf, :rf,
                    :created, :createdBy)""")
    void insertStudents(@BindMethods List<Student> students);

    /** An exam entry for every student, with the same name and date of birth. */
    @SqlUpdate("""
            insert into exam_entries (centre_id, uci, forename, surname, date_of_birth, series)
            select centre_id, uci, forename, surname, date_of_birth, :series from students""")
    void enterEveryStudent(@Bind("series") String series);

    @SqlBatch("""
            insert into exam_entries (centre_id, uci, forename, surname, date_of_birth, series)
            values ((select id from centres where number = :centre), :uci, :forename, :surname, :dob, :series)""")
    void insertEntries(@BindMethods List<Entry> entries);

    @SqlUpdate("insert into series (name, code, board, credentials_open_from) values (:name, :code, :board, :opens)")
    @GetGeneratedKeys("id")
    long insertSeries(@Bind("name") String name, @Bind("code") String code, @Bind("board") String board,
                      @Bind("opens") LocalDate opens);

    @SqlUpdate("""
            insert into candidates (centre_id, candidate_number, forename, surname, uci)
            values (:centre, :number, :forename, :surname, :uci)""")
    @GetGeneratedKeys("id")
    long insertCandidate(@Bind("centre") long centreId, @Bind("number") String number,
                         @Bind("forename") String forename, @Bind("surname") String surname, @Bind("uci") String uci);

    @SqlBatch("insert into entries (candidate_id, series_id, centre_id, valid) values (:candidate, :series, :centre, :valid)")
    void insertCandidateEntries(@BindMethods List<CandidateEntry> entries);
}
