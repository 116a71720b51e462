package org.examdesk.admin.results;

import java.util.List;
import org.examdesk.admin.accounts.CentreDao;
import org.jdbi.v3.core.Handle;

/** The centre a request acts on: the caller's own, or one of its associates (parentId is then the caller's). */
public record TargetCentre(long id, String number, String name, Long parentId, String parentName) {
    static TargetCentre of(CentreDao.Centre c) {
        return new TargetCentre(c.id(), c.number(), c.name(), c.parentId(), c.parentName());
    }

    /** The associates of a centre, by number, read through the accounts feature's {@link CentreDao}. */
    public static List<TargetCentre> associatesOf(Handle h, long parentId) {
        return h.attach(CentreDao.class).associates(parentId).stream()
                .map(TargetCentre::of)
                .toList();
    }

    boolean isAssociate() {
        return parentId != null;
    }
}
