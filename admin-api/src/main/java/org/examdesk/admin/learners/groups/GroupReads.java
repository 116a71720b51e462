package org.examdesk.admin.learners.groups;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.learners.Like;
import org.examdesk.admin.learners.Page;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reading learner groups within the caller's centre scope (agents and board admins: every centre): one group, the
 * list, the records page by page, and the records as CSV. A validation that stopped reporting is failed first.
 */
final class GroupReads {
    /** A validation job that has not reported for this long is taken as abandoned (its node stopped). */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ObjectMapper json;

    GroupReads(Jdbi jdbi, Clock clock, ObjectMapper json) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.json = json;
    }

    GroupView get(Caller caller, long id) {
        return jdbi.withHandle(h -> GroupView.of(current(h, visible(h, caller, id))));
    }

    Page<GroupView> list(Caller caller, String q, int page, int size) {
        Long centre = CentreScope.acrossCentres(caller) ? null : CentreScope.ownCentre(caller);
        String pattern = Like.contains(q);
        return jdbi.withHandle(h -> {
            GroupDao dao = h.attach(GroupDao.class);
            List<GroupView> items = dao.list(centre, pattern, size, (long) (page - 1) * size).stream()
                    .map(g -> GroupView.of(current(h, g)))
                    .toList();
            return new Page<>(items, dao.count(centre, pattern), page, size);
        });
    }

    Page<RecordView> records(Caller caller, long id, Boolean valid, int page, int size) {
        return jdbi.withHandle(h -> {
            visible(h, caller, id);
            GroupDao dao = h.attach(GroupDao.class);
            List<RecordView> items = dao.records(id, valid, size, (long) (page - 1) * size).stream()
                    .map(r -> RecordView.of(r, json))
                    .toList();
            return new Page<>(items, dao.countRecords(id, valid), page, size);
        });
    }

    /** The records as CSV in the template's columns, with the row, the reasons and the learner id created. */
    String recordsCsv(Caller caller, long id, Boolean valid) {
        return jdbi.withHandle(h -> {
            visible(h, caller, id);
            List<RecordView> records = h.attach(GroupDao.class).records(id, valid, Integer.MAX_VALUE, 0).stream()
                    .map(r -> RecordView.of(r, json))
                    .toList();
            return GroupCsv.records(records);
        });
    }

    /** The group as it is: FAILED, and so stored, if its validation job stopped reporting long ago. */
    private GroupRow current(Handle h, GroupRow group) {
        if (!group.state().equals("VALIDATING")
                || !group.updatedAt().isBefore(clock.instant().minus(ABANDONED_AFTER))) {
            return group;
        }
        GroupDao dao = h.attach(GroupDao.class);
        dao.abandon(
                group.id(),
                clock.instant().minus(ABANDONED_AFTER),
                "Checking the records stopped before it finished (the server restarted), so the group cannot be "
                        + "submitted. Upload the file again under another name.",
                clock.instant());
        return dao.find(group.id()).orElseThrow();
    }

    /** The group, if the caller's centre scope covers it; otherwise a 404 that says nothing of whether it exists. */
    static GroupRow visible(Handle h, Caller caller, long id) {
        return h.attach(GroupDao.class)
                .find(id)
                .filter(g -> CentreScope.covers(caller, g.centreId()))
                .orElseThrow(() -> notFound(id));
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("There is no learner group " + id + " at your centre.");
    }
}
