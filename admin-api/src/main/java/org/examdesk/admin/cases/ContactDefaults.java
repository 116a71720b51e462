package org.examdesk.admin.cases;

import java.util.Optional;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.StaffDao;
import org.examdesk.admin.students.StudentDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The contact details to pre-fill: those of the requester's previous case, else their own profile. */
final class ContactDefaults {
    private final Jdbi jdbi;

    ContactDefaults(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    CaseViews.ContactDefaults of(Caller caller) {
        CaseAccess.Requester requester = CaseAccess.Requester.of(caller);
        if (requester.anonymous()) {
            return new CaseViews.ContactDefaults(null, null, null, "none");
        }
        return jdbi.withHandle(h -> (requester.userId() != null
                        ? h.attach(CaseDao.class).lastContactOfUser(requester.userId())
                        : h.attach(CaseDao.class).lastContactOfStudent(requester.studentId()))
                .map(c -> new CaseViews.ContactDefaults(c.name(), c.email(), c.phone(), "previous-case"))
                .orElseGet(() -> profile(h, requester)));
    }

    private static CaseViews.ContactDefaults profile(Handle h, CaseAccess.Requester requester) {
        Optional<CaseViews.ContactDefaults> found = requester.userId() != null
                ? h.attach(StaffDao.class).contact(requester.userId()).map(c -> profile(c.name(), c.email()))
                : h.attach(StudentDao.class).contact(requester.studentId()).map(c -> profile(c.name(), c.email()));
        return found.orElse(new CaseViews.ContactDefaults(null, null, null, "none"));
    }

    private static CaseViews.ContactDefaults profile(String name, String email) {
        return new CaseViews.ContactDefaults(name, email, null, "profile");
    }
}
