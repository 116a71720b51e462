package org.examdesk.admin.cases;

import org.examdesk.admin.accounts.Caller;
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

    private static CaseViews.ContactDefaults profile(org.jdbi.v3.core.Handle h, CaseAccess.Requester requester) {
        String sql = requester.userId() != null
                ? "select first_name || ' ' || last_name as name, email from users where id = :id"
                : "select forename || ' ' || surname as name, email from students where id = :id";
        long id = requester.userId() != null ? requester.userId() : requester.studentId();
        return h.createQuery(sql).bind("id", id)
                .map((rs, ctx) -> new CaseViews.ContactDefaults(rs.getString("name"), rs.getString("email"), null, "profile"))
                .findOne().orElse(new CaseViews.ContactDefaults(null, null, null, "none"));
    }
}
