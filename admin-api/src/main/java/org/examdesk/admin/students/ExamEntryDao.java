package org.examdesk.admin.students;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A centre's exam entries, as the import and the verification-code export check students against them. */
public interface ExamEntryDao {
    /** The latest entry of one UCI. */
    record Entry(String uci, String forename, String surname, LocalDate dateOfBirth) {}

    /** An entered candidate for the export, with their account if they have one. */
    record ExportCandidate(Long studentId, String forename, String surname, String uci, LocalDate dateOfBirth) {}

    /** An entered candidate (for demo data). */
    record Entrant(long centre, String uci, String forename, String surname, LocalDate dob, String series) {}

    /** An entry for every student in {@code series}, with the student's name and date of birth (for demo data). */
    @SqlUpdate(
            """
            insert into exam_entries (centre_id, uci, forename, surname, date_of_birth, series)
            select centre_id, uci, forename, surname, date_of_birth, :series from students""")
    void enterEveryStudent(@Bind("series") String series);

    @SqlBatch(
            """
            insert into exam_entries (centre_id, uci, forename, surname, date_of_birth, series)
            values (:centre, :uci, :forename, :surname, :dob, :series)""")
    void insertEntrants(@BindMethods List<Entrant> entrants);

    @SqlQuery("select exists (select 1 from exam_entries where centre_id = :c and series = :s)")
    boolean hasEntries(@Bind("c") long centreId, @Bind("s") String series);

    /** The latest entry of each of these UCIs at the centre. */
    @SqlQuery(
            """
            select distinct on (uci) uci, forename, surname, date_of_birth from exam_entries
             where centre_id = :centre and uci = any(cast(:ucis as char(13)[])) order by uci, series desc""")
    @RegisterConstructorMapper(Entry.class)
    List<Entry> latest(@Bind("centre") long centreId, @Bind("ucis") String[] ucis);

    /**
     * The candidates entered for a series who have no account, and (with {@code reissue}) those whose exported
     * account is still not activated; by name.
     */
    @SqlQuery(
            """
            select s.id as student_id, e.forename, e.surname, e.uci, e.date_of_birth
              from exam_entries e
              left join students s on s.centre_id = e.centre_id and s.uci = e.uci
             where e.centre_id = :c and e.series = :s
               and (s.id is null or (:reissue and s.created_by = 'export' and s.status = 'NOT_ACTIVATED'))
             order by e.surname, e.forename, e.uci""")
    @RegisterConstructorMapper(ExportCandidate.class)
    List<ExportCandidate> exportCandidates(
            @Bind("c") long centreId, @Bind("s") String series, @Bind("reissue") boolean reissue);
}
