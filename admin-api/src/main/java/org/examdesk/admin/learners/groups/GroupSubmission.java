package org.examdesk.admin.learners.groups;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.learners.intake.Draft;
import org.examdesk.admin.learners.intake.Intake;
import org.examdesk.admin.learners.intake.Outcome;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Submitting a validated group (domain section 3): every record is checked again (a learner may have been created
 * at the centre meanwhile); while any record is invalid nothing is created and the answer is 409 counting them (the
 * new reasons are kept). Otherwise every learner is created, the records linked to them, the group SUBMITTED, with
 * an audit row for the group and one per learner: all in one transaction, at most once per Idempotency-Key.
 * Submissions at one centre take turns, so two groups cannot both create the same learner.
 */
final class GroupSubmission {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final GroupValidation validation;
    private final Intake intake;

    GroupSubmission(
            Jdbi jdbi,
            Clock clock,
            AuditLog audit,
            Idempotency idempotency,
            GroupValidation validation,
            Intake intake) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.idempotency = idempotency;
        this.validation = validation;
        this.intake = intake;
    }

    Idempotency.Outcome submit(Actor actor, long id, String key) {
        Idempotency.checkKey(key);
        String asked = "POST learner-groups " + id + " submit";
        Object answer = jdbi.inTransaction(h -> {
            h.attach(SubmissionDao.class).lockCentre(centreOf(h, actor, id));
            GroupRow group = replayOrChangeable(h, actor, id, key, asked);
            if (group == null) {
                return replayed(h, actor, key, asked);
            }
            Map<Integer, Outcome> outcomes = validation.run(h, id, group.centreId(), done -> {});
            if (outcomes.isEmpty()) {
                return ApiException.conflict("'" + group.name() + "' has no records left to submit.");
            }
            long invalid = outcomes.values().stream().filter(o -> !o.valid()).count();
            if (invalid > 0) {
                return refusal(group, outcomes, invalid);
            }
            return idempotency.run(h, actor, key, asked, 200, () -> create(h, actor, group, outcomes));
        });
        if (answer instanceof ApiException refused) {
            throw refused;
        }
        return (Idempotency.Outcome) answer;
    }

    /** The group's centre, or the 404 of a group the caller cannot see. */
    private static long centreOf(Handle h, Actor actor, long id) {
        return GroupReads.visible(h, actor.caller(), id).centreId();
    }

    /** The locked group when it may be submitted; null when it was submitted with this key (a replay). */
    private static GroupRow replayOrChangeable(Handle h, Actor actor, long id, String key, String asked) {
        h.attach(GroupDao.class).lock(id);
        GroupRow group = GroupReads.visible(h, actor.caller(), id);
        if (group.state().equals("SUBMITTED") && key != null) {
            return null;
        }
        return RecordChanges.changeable(h, actor.caller(), id);
    }

    private Object replayed(Handle h, Actor actor, String key, String asked) {
        return idempotency.run(h, actor, key, asked, 200, () -> {
            throw ApiException.conflict("This group has been submitted already.");
        });
    }

    private Submitted create(Handle h, Actor actor, GroupRow group, Map<Integer, Outcome> outcomes) {
        int[] rows = outcomes.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<Draft> drafts = outcomes.values().stream().map(Outcome::draft).toList();
        List<Intake.Created> created = intake.createInGroup(h, group.centreId(), group.id(), drafts, rows);
        List<AuditLog.Target> targets = new ArrayList<>(created.size());
        for (Intake.Created c : created) {
            Map<String, Object> after = new HashMap<>();
            after.put("learnerRef", c.learnerRef());
            after.put("draft", c.draft());
            after.put("groupId", group.id());
            targets.add(new AuditLog.Target(String.valueOf(c.id()), after));
        }
        GroupDao dao = h.attach(GroupDao.class);
        String message = created.size() + " learners were created from '" + group.name() + "'. Register them on a "
                + "product with a registration order; find them with GET /api/v1/learners?group=" + group.id() + ".";
        dao.submitted(group.id(), actor.caller().id(), message, clock.instant());
        audit.recordAll(h, actor, "LEARNER_CREATED", "learner", targets);
        audit.record(
                h,
                actor,
                "LEARNER_GROUP_SUBMITTED",
                "learner_group",
                String.valueOf(group.id()),
                null,
                Map.of("name", group.name(), "created", created.size()));
        return new Submitted(GroupView.of(dao.find(group.id()).orElseThrow()), created.size(), message);
    }

    private static ApiException refusal(GroupRow group, Map<Integer, Outcome> outcomes, long invalid) {
        String examples = outcomes.entrySet().stream()
                .filter(e -> !e.getValue().valid())
                .limit(3)
                .map(e -> "row " + e.getKey() + ": "
                        + e.getValue().problems().get(0).message())
                .collect(Collectors.joining(" "));
        return ApiException.conflict("Nothing was created: " + invalid + " of the " + outcomes.size() + " records of '"
                + group.name() + "' are invalid. Amend or remove them first (GET /api/v1/learner-groups/" + group.id()
                + "/records?valid=false lists them), then submit again. " + examples);
    }
}
