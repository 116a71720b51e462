package org.examdesk.admin.cases;

import java.util.Optional;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.StaffDao;
import org.examdesk.admin.students.StudentDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The contact details to pre-fill: those of the requester's previous case, each missing one (a case opened before
 * the form asked for it) taken from their own profile; with no previous case, the profile's (name, email, and a
 * staff member's country and centre, a student's school).
 */
final class ContactDefaults {
    private static final CaseViews.ContactDefaults NONE =
            new CaseViews.ContactDefaults(null, null, null, null, null, null, "none");

    private final Jdbi jdbi;

    ContactDefaults(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    CaseViews.ContactDefaults of(Caller caller) {
        CaseAccess.Requester requester = CaseAccess.Requester.of(caller);
        if (requester.anonymous()) {
            return NONE;
        }
        return jdbi.withHandle(h -> {
            CaseViews.ContactDefaults profile = profile(h, requester);
            CaseDao cases = h.attach(CaseDao.class);
            return (requester.userId() != null
                            ? cases.lastContactOfUser(requester.userId())
                            : cases.lastContactOfStudent(requester.studentId()))
                    .map(last -> new CaseViews.ContactDefaults(
                            or(last.name(), profile.name()),
                            or(last.email(), profile.email()),
                            or(last.phone(), profile.phone()),
                            or(last.country(), profile.country()),
                            or(last.language(), profile.language()),
                            or(last.institution(), profile.institution()),
                            "previous-case"))
                    .orElse(profile);
        });
    }

    private static String or(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }

    private static CaseViews.ContactDefaults profile(Handle h, CaseAccess.Requester requester) {
        Optional<CaseViews.ContactDefaults> found = requester.userId() != null
                ? h.attach(StaffDao.class)
                        .contact(requester.userId())
                        .map(c -> profile(c.name(), c.email(), c.country(), c.institution()))
                : h.attach(StudentDao.class)
                        .contact(requester.studentId())
                        .map(c -> profile(c.name(), c.email(), null, c.institution()));
        return found.orElse(NONE);
    }

    private static CaseViews.ContactDefaults profile(String name, String email, String country, String institution) {
        return new CaseViews.ContactDefaults(name, email, null, country, null, institution, "profile");
    }
}
