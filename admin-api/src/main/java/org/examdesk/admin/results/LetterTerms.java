package org.examdesk.admin.results;

import java.util.List;
import org.examdesk.admin.results.associates.AssociateAccess;
import org.examdesk.admin.results.associates.AssociateDao;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;

/**
 * What a centre's letters say besides each candidate's own details, and whether its candidates may sign in at all.
 * For an associate: the parent must give access; the contact is the parent's (DEFAULT) or the associate's own
 * (CENTRE_DEFINED); the delay is the longer of the parent's delay for it and the associate's own.
 */
public record LetterTerms(
        AccessMode mode,
        boolean parentAllows,
        String answeredBy,
        String contactName,
        String contactPhone,
        String contactEmail,
        int delayDays) {

    public static LetterTerms of(Handle h, Scope scope) {
        AccessSettings own = h.attach(ResultsAccessDao.class).get(scope.centreId(), scope.seriesId());
        if (!scope.centre().isAssociate()) {
            return new LetterTerms(
                    own.mode(),
                    true,
                    scope.centre().name(),
                    own.contactName(),
                    own.contactPhone(),
                    own.contactEmail(),
                    own.delayDays());
        }
        AssociateAccess granted = h.attach(AssociateDao.class).get(scope.centreId(), scope.seriesId());
        int delay = Math.max(own.delayDays(), granted.delayDays());
        if (granted.contactMode() == ContactMode.CENTRE_DEFINED) {
            return new LetterTerms(
                    own.mode(),
                    granted.giveAccess(),
                    scope.centre().name(),
                    own.contactName(),
                    own.contactPhone(),
                    own.contactEmail(),
                    delay);
        }
        AccessSettings parent =
                h.attach(ResultsAccessDao.class).get(scope.centre().parentId(), scope.seriesId());
        return new LetterTerms(
                own.mode(),
                granted.giveAccess(),
                scope.centre().parentName(),
                parent.contactName(),
                parent.contactPhone(),
                parent.contactEmail(),
                delay);
    }

    boolean anyoneHasAccess() {
        return parentAllows && mode != AccessMode.NONE;
    }

    /** Whether letters can be made now: {@link #requireReadyForLetters} would pass. */
    public boolean readyForLetters() {
        return parentAllows
                && mode != AccessMode.NONE
                && contactName != null
                && (contactPhone != null || contactEmail != null);
    }

    /** Letters can only be made when candidates have access and there is someone to name on them. */
    public void requireReadyForLetters(Scope scope) {
        if (!parentAllows) {
            throw ApiException.invalid(
                    scope.centre().parentName() + " has not given "
                            + scope.centre().name() + " access to the candidate results website for "
                            + scope.series().name() + ".",
                    List.of("parent"));
        }
        if (mode == AccessMode.NONE) {
            throw ApiException.invalid(
                    "No candidates at " + scope.centre().name() + " have access for "
                            + scope.series().name() + ": choose ALL or SELECTED first.",
                    List.of("mode"));
        }
        if (contactName == null || contactPhone == null && contactEmail == null) {
            throw ApiException.invalid(
                    answeredBy + " has no contact for candidates' queries for "
                            + scope.series().name() + ": set one before making letters.",
                    List.of("contact"));
        }
    }
}
