package org.examdesk.admin.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.cases.agent.AgentController;
import org.examdesk.admin.cases.agent.AgentQueue;
import org.examdesk.admin.cases.agent.AgentService;
import org.examdesk.admin.cases.attachments.AttachmentService;
import org.examdesk.admin.cases.attachments.AttachmentsController;
import org.examdesk.admin.cases.reports.ReportService;
import org.examdesk.admin.cases.reports.ReportsController;
import org.examdesk.admin.cases.sweep.CaseSweeper;
import org.examdesk.admin.mail.Outbox;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.slf4j.LoggerFactory;

/**
 * The cases feature, built by hand from its dependencies: the data files (taxonomy, routing, bank holidays),
 * the services, the routes, the periodic sweep, and the {@link CaseEvents} listeners the bot registers.
 */
public final class Cases {
    static final String TAXONOMY = "cases/taxonomy.json";
    static final String ROUTING = "cases/routing.json";
    static final String BANK_HOLIDAYS = "cases/bank-holidays.txt";

    private final CaseDeps deps;
    private final CasesController cases;
    private final AgentController agent;
    private final AttachmentsController attachments;
    private final ReportsController reports;
    private final CaseSweeper sweeper;

    public Cases(Jdbi jdbi, Clock clock, ObjectMapper json, CaseSettings settings) {
        this.deps = deps(jdbi, clock, json, settings);
        jdbi.registerRowMapper(ConstructorMapper.factory(CaseRow.class)); // built once, for the dynamic list queries
        CaseReader reader = new CaseReader(deps);
        Idempotency keys = new Idempotency(json);
        AgentService agents = new AgentService(deps, keys);
        this.cases = new CasesController(
                deps.taxonomy(),
                new CaseService(deps, new CaseNumbers(new SecureRandom()), json),
                reader,
                new CommentService(deps, reader, agents, keys));
        this.agent = new AgentController(new AgentQueue(deps, reader), agents, reader);
        this.attachments = new AttachmentsController(new AttachmentService(deps, reader, keys));
        this.reports = new ReportsController(new ReportService(deps));
        this.sweeper = new CaseSweeper(deps, agents);
    }

    /** The bank holidays response targets skip ({@code cases/bank-holidays.txt}): live chat is closed on them too. */
    public static Set<LocalDate> bankHolidays() {
        return WorkingCalendar.readHolidays(
                Cases.class.getClassLoader().getResourceAsStream(BANK_HOLIDAYS), BANK_HOLIDAYS);
    }

    public static CaseDeps deps(Jdbi jdbi, Clock clock, ObjectMapper json, CaseSettings settings) {
        WorkingCalendar calendar = new WorkingCalendar(
                WorkingCalendar.readHolidays(
                        Cases.class.getClassLoader().getResourceAsStream(BANK_HOLIDAYS), BANK_HOLIDAYS),
                settings.opens(),
                settings.closes(),
                settings.zone());
        return new CaseDeps(
                jdbi,
                clock,
                Taxonomy.load(json, TAXONOMY),
                Routing.load(json, ROUTING),
                calendar,
                settings,
                new AuditLog(json),
                new CaseNotifier(new Outbox(), new CaseEventBus(jdbi, json)));
    }

    public void routes(RoutesConfig r) {
        r.get("/api/v1/cases/taxonomy", cases::taxonomy, Access.PUBLIC);
        r.get("/api/v1/cases/contact-defaults", cases::contactDefaults, Access.SIGNED_IN);
        r.post("/api/v1/cases", cases::create, Access.SIGNED_IN, Access.SERVICE);
        r.get("/api/v1/cases", cases::list, Access.SIGNED_IN);
        r.get("/api/v1/cases/{number}", cases::details, Access.SIGNED_IN);
        r.post("/api/v1/cases/{number}/comments", cases::comment, Access.SIGNED_IN);
        r.post("/api/v1/cases/{number}/attachments", attachments::upload, Access.SIGNED_IN);
        r.get("/api/v1/cases/{number}/attachments/{id}", attachments::download, Access.SIGNED_IN);

        r.get("/api/v1/agent/queue", agent::queue, Access.AGENT);
        r.get("/api/v1/agent/queues", agent::queues, Access.AGENT);
        r.post("/api/v1/cases/{number}/claim", agent::claim, Access.AGENT);
        r.post("/api/v1/cases/{number}/replies", agent::reply, Access.AGENT);
        r.put("/api/v1/cases/{number}/status", agent::status, Access.AGENT);
        r.post("/api/v1/cases/{number}/calls", agent::logCall, Access.AGENT);

        r.get("/api/v1/reports/cases", reports::cases, Access.AGENT);
        r.get("/api/v1/reports/unanswered", reports::unanswered, Access.AGENT);
    }

    /**
     * Registers a listener told, after commit, of the changes made on this node: for work that must happen once
     * however many nodes run (posting to Slack).
     */
    public void listen(CaseEvents listener) {
        deps.notifier().listen(listener);
    }

    /**
     * Registers a listener told of the changes made on every node (through PostgreSQL LISTEN/NOTIFY), within about a
     * second: for bringing them to the people connected to this node (a live web chat).
     */
    public void listenOnEveryNode(CaseEvents listener) {
        deps.notifier().listenOnEveryNode(listener);
    }

    /** Stops listening for other nodes' events. */
    public void close() {
        deps.notifier().close();
    }

    /** Runs the sweep (call-case auto-close, missed targets) once, now by the clock. */
    public void sweepOnce() {
        sweeper.runOnce();
    }

    /** Schedules the sweep every minute on {@code executor}; the caller owns and shuts down the executor. */
    public void scheduleSweeps(ScheduledExecutorService executor) {
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        sweeper.runOnce();
                        deps.notifier().forgetOldEvents();
                    } catch (RuntimeException e) {
                        LoggerFactory.getLogger(Cases.class).error("Case sweep failed", e);
                    }
                },
                1,
                60,
                TimeUnit.SECONDS);
    }
}
