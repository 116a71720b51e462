package org.examdesk.admin.students;

import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reading student accounts within the caller's centre scope: search, and one student with its diagnosis. */
final class StudentsService {
    record StudentDetail(StudentView student, Diagnosis diagnosis) {
    }

    private final Jdbi jdbi;
    private final StudentSearch search = new StudentSearch();
    private final Diagnoser diagnoser = new Diagnoser();

    StudentsService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    StudentSearch.Page search(Caller caller, SearchQuery query) {
        Long centre = CentreScope.acrossCentres(caller) ? null : CentreScope.ownCentre(caller);
        return jdbi.withHandle(h -> search.run(h, query, centre));
    }

    StudentDetail get(Caller caller, long id) {
        return jdbi.withHandle(h -> {
            StudentRow row = visible(h, caller, id, false);
            StudentDao dao = h.attach(StudentDao.class);
            return new StudentDetail(StudentView.of(row),
                    diagnoser.diagnose(row, caller, dao.enteredDateOfBirth(row.centreId(), row.uci()).orElse(null)));
        });
    }

    /**
     * The student, if the caller's centre scope covers it; otherwise a 404 that says nothing of whether the
     * student exists. With {@code lock}, the row stays locked until the transaction ends.
     */
    static StudentRow visible(Handle h, Caller caller, long id, boolean lock) {
        StudentDao dao = h.attach(StudentDao.class);
        return (lock ? dao.lock(id) : dao.find(id))
                .filter(row -> CentreScope.covers(caller, row.centreId()))
                .orElseThrow(() -> ApiException.notFound("There is no student " + id + " at your centre."));
    }
}
