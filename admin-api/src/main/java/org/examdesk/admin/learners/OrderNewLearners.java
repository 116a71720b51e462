package org.examdesk.admin.learners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.learners.intake.Draft;
import org.examdesk.admin.learners.intake.Intake;
import org.examdesk.admin.learners.intake.NewLearner;
import org.examdesk.admin.learners.intake.Outcome;
import org.examdesk.admin.learners.intake.Problem;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;

/**
 * The new learners of a registration order (domain section 3): checked as the records of a learner-group upload
 * are (a 422 naming each field at fault, a 409 naming a learner the centre has already), and created, audited,
 * when the order is placed, in its transaction.
 */
final class OrderNewLearners {
    private final Intake intake;
    private final AuditLog audit;

    OrderNewLearners(Intake intake, AuditLog audit) {
        this.intake = intake;
        this.audit = audit;
    }

    /** The checked new learners, by their index in the order's learners; refuses the order if any is not valid. */
    Map<Integer, Draft> check(Handle h, long centreId, OrderRequest request) {
        List<Integer> at = new ArrayList<>();
        List<NewLearner> given = new ArrayList<>();
        for (int i = 0; i < request.learners().size(); i++) {
            OrderRequest.NewLearner n = request.learners().get(i).newLearner();
            if (n != null) {
                at.add(i);
                given.add(new NewLearner(
                        n.givenName(),
                        n.familyName(),
                        n.dateOfBirth() == null ? null : n.dateOfBirth().toString(),
                        n.gender(),
                        n.uln()));
            }
        }
        if (given.isEmpty()) {
            return Map.of();
        }
        List<Outcome> outcomes = intake.check(h, centreId, given, i -> "learners[" + at.get(i) + "]", done -> {});
        refuse(at, outcomes);
        Map<Integer, Draft> drafts = new LinkedHashMap<>();
        for (int i = 0; i < at.size(); i++) {
            drafts.put(at.get(i), outcomes.get(i).draft());
        }
        return drafts;
    }

    /** Creates the new learners of a placed order, one audit row each; the created, by their index in the order. */
    Map<Integer, Intake.Created> create(Handle h, Actor actor, long centreId, Map<Integer, Draft> drafts) {
        List<Integer> at = new ArrayList<>(drafts.keySet());
        List<Intake.Created> created = intake.create(h, centreId, new ArrayList<>(drafts.values()));
        Map<Integer, Intake.Created> byIndex = new LinkedHashMap<>();
        List<AuditLog.Target> targets = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            Intake.Created c = created.get(i);
            byIndex.put(at.get(i), c);
            targets.add(new AuditLog.Target(
                    String.valueOf(c.id()), Map.of("learnerRef", c.learnerRef(), "draft", c.draft())));
        }
        audit.recordAll(h, actor, "LEARNER_CREATED", "learner", targets);
        return byIndex;
    }

    private static void refuse(List<Integer> at, List<Outcome> outcomes) {
        List<String> fields = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            for (Problem p : outcomes.get(i).problems()) {
                String path = "learners[" + at.get(i) + "].newLearner" + (p.field() == null ? "" : "." + p.field());
                if (p.code().equals("existing_learner")) {
                    existing.add(p.message());
                }
                fields.add(path);
                sentences.add("new learner " + (at.get(i) + 1) + ": " + p.message());
            }
        }
        if (!existing.isEmpty()) {
            throw ApiException.conflict("Nothing was registered: " + String.join(" ", existing) + " Choose the "
                    + "existing learner (learnerId) instead of creating them again.");
        }
        if (!fields.isEmpty()) {
            throw ApiException.invalid(
                    "The order cannot be placed: " + String.join(" ", sentences),
                    fields.stream().distinct().toList());
        }
    }
}
