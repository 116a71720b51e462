package org.examdesk.admin.cases.sweep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.cases.CaseDao;
import org.examdesk.admin.cases.CaseDeps;
import org.examdesk.admin.cases.CaseRow;
import org.examdesk.admin.cases.CaseStatus;
import org.examdesk.admin.cases.agent.AgentService;
import org.examdesk.admin.client.CaseNotice;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic sweep, by the injected clock: closes call cases with no call logged within the timeout (24 hours
 * by default), and writes a "target missed" entry on open cases whose response target passed with no response.
 * Safe to run on several nodes at once: each case is taken with {@code for update skip locked}.
 */
public final class CaseSweeper {
    private static final Logger log = LoggerFactory.getLogger(CaseSweeper.class);
    private static final Caller SYSTEM = new Caller(Caller.Kind.SERVICE, 0, "ExamDesk", Set.of(), null, "api");
    private static final int BATCH = 500;

    /** What one sweep did. */
    record Result(int closedCallCases, int missedTargets) {}

    private final CaseDeps deps;
    private final AgentService agents;

    public CaseSweeper(CaseDeps deps, AgentService agents) {
        this.deps = deps;
        this.agents = agents;
    }

    public Result runOnce() {
        Instant now = deps.clock().instant();
        int closed = closeSilentCallCases(now);
        int missed = markMissedTargets(now);
        if (closed + missed > 0) {
            log.info("Case sweep: closed {} call case(s) with no call, {} target(s) missed", closed, missed);
        }
        return new Result(closed, missed);
    }

    private int closeSilentCallCases(Instant now) {
        Instant cutoff = now.minus(deps.settings().callCaseTimeout());
        List<CaseNotice> notices = deps.jdbi().inTransaction(h -> {
            List<String> numbers = h.attach(CaseSweepDao.class).takeSilentCallCases(cutoff, BATCH);
            Actor actor = new Actor(SYSTEM, "sweep-" + now.toEpochMilli());
            List<CaseNotice> done = new ArrayList<>();
            for (String number : numbers) {
                CaseRow row = h.attach(CaseDao.class).find(number).orElseThrow();
                done.add(agents.changeStatus(
                        h,
                        actor,
                        row,
                        CaseStatus.CLOSED,
                        "No call was logged within "
                                + deps.settings().callCaseTimeout().toHours() + " hours, so the case closed itself.",
                        now));
            }
            return done;
        });
        notices.forEach(deps.notifier()::statusChanged);
        return notices.size();
    }

    private int markMissedTargets(Instant now) {
        return deps.jdbi().inTransaction(h -> {
            List<CaseSweepDao.Missed> rows = h.attach(CaseSweepDao.class).takeMissedTargets(now, BATCH);
            Actor actor = new Actor(SYSTEM, "sweep-" + now.toEpochMilli());
            for (CaseSweepDao.Missed row : rows) {
                missed(h, actor, row, now);
            }
            return rows.size();
        });
    }

    private void missed(Handle h, Actor actor, CaseSweepDao.Missed row, Instant now) {
        long id = row.id();
        String number = row.number();
        h.attach(CaseSweepDao.class).markTargetMissed(id, now);
        h.attach(CaseDao.class)
                .addActivity(
                        id,
                        "TARGET_MISSED",
                        "ExamDesk",
                        "The response target passed without a response from support.",
                        now);
        deps.audit().record(h, actor, "case.target_missed", "case", number, null, Map.of("missedAt", now.toString()));
    }
}
