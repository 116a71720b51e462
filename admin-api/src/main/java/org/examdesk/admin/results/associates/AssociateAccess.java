package org.examdesk.admin.results.associates;

import org.examdesk.admin.results.ContactMode;

/** What a parent centre allows one associate for a series; {@link #none()} until the parent says otherwise. */
public record AssociateAccess(boolean giveAccess, ContactMode contactMode, int delayDays) {
    static AssociateAccess none() {
        return new AssociateAccess(false, ContactMode.DEFAULT, 0);
    }
}
