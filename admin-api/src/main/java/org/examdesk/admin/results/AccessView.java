package org.examdesk.admin.results;

import java.time.LocalDate;
import org.examdesk.admin.results.associates.AssociateAccess;
import org.examdesk.admin.results.associates.AssociateDao;
import org.examdesk.admin.results.candidates.CredentialDao;
import org.examdesk.admin.results.letters.JobView;
import org.jdbi.v3.core.Handle;

/**
 * The answer of {@code GET/PUT /api/v1/results-access/{seriesId}}; {@code lettersJob}, only in the answer to a PUT
 * of ALL or SELECTED, is the letters job that confirming started (null when no candidate needs a letter).
 */
public record AccessView(
        long seriesId,
        String series,
        String board,
        LocalDate credentialsOpenFrom,
        boolean credentialsOpen,
        int entries,
        CentreView centre,
        AccessMode mode,
        boolean agreedToHandleQueries,
        Contact contact,
        int delayDays,
        int maxDelayDays,
        ParentGrant parent,
        LettersSummary letters,
        JobView lettersJob) {

    record CentreView(long id, String number, String name) {}

    public record Contact(String name, String phone, String email) {}

    /** For an associate centre: what its parent allows, and who answers its candidates. */
    record ParentGrant(long id, String name, boolean giveAccess, ContactMode contactMode, int delayDays) {}

    static AccessView of(Handle h, Scope scope, boolean open, int maxDelayDays) {
        AccessSettings s = h.attach(ResultsAccessDao.class).get(scope.centreId(), scope.seriesId());
        TargetCentre c = scope.centre();
        ParentGrant parent = null;
        if (c.isAssociate()) {
            AssociateAccess a = h.attach(AssociateDao.class).get(c.id(), scope.seriesId());
            parent = new ParentGrant(c.parentId(), c.parentName(), a.giveAccess(), a.contactMode(), a.delayDays());
        }
        SeriesRow series = scope.series();
        return new AccessView(
                series.id(),
                series.name(),
                series.board(),
                series.credentialsOpenFrom(),
                open,
                h.attach(SeriesDao.class).validEntries(c.id(), series.id()),
                new CentreView(c.id(), c.number(), c.name()),
                s.mode(),
                s.agreedToHandleQueries(),
                new Contact(s.contactName(), s.contactPhone(), s.contactEmail()),
                s.delayDays(),
                maxDelayDays,
                parent,
                summary(h, scope),
                null);
    }

    /** This answer with the letters job that confirming ALL or SELECTED started (or found running). */
    AccessView withLettersJob(JobView job) {
        return new AccessView(
                seriesId,
                series,
                board,
                credentialsOpenFrom,
                credentialsOpen,
                entries,
                centre,
                mode,
                agreedToHandleQueries,
                contact,
                delayDays,
                maxDelayDays,
                parent,
                letters,
                job);
    }

    public static LettersSummary summary(Handle h, Scope scope) {
        LetterTerms terms = LetterTerms.of(h, scope);
        CredentialDao.Counts n = h.attach(CredentialDao.class)
                .counts(scope.centreId(), scope.seriesId(), terms.mode(), terms.parentAllows());
        return LettersSummary.of(n.withAccess(), n.current(), n.stale(), n.missing());
    }
}
