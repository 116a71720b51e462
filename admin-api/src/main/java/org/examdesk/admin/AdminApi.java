package org.examdesk.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.accounts.AccountsController;
import org.examdesk.admin.accounts.AuditReaders;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.accounts.LoginThrottle;
import org.examdesk.admin.accounts.PasswordHasher;
import org.examdesk.admin.accounts.SessionService;
import org.examdesk.admin.accounts.SessionsController;
import org.examdesk.admin.accounts.SignInGuard;
import org.examdesk.admin.accounts.Tokens;
import org.examdesk.admin.articles.ArticleFeedbackController;
import org.examdesk.admin.articles.ArticleStatsService;
import org.examdesk.admin.articles.ArticlesController;
import org.examdesk.admin.audit.AuditController;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.cases.CaseSettings;
import org.examdesk.admin.cases.Cases;
import org.examdesk.admin.conversations.ConversationService;
import org.examdesk.admin.conversations.ConversationsController;
import org.examdesk.admin.imports.ImportDao;
import org.examdesk.admin.imports.ImportService;
import org.examdesk.admin.imports.ImportsController;
import org.examdesk.admin.imports.VerificationCodesController;
import org.examdesk.admin.learners.LearnersModule;
import org.examdesk.admin.learners.groups.LearnerGroups;
import org.examdesk.admin.learners.intake.Intake;
import org.examdesk.admin.learners.intake.ReferenceLearnerRecords;
import org.examdesk.admin.mail.Outbox;
import org.examdesk.admin.mail.OutboxController;
import org.examdesk.admin.openapi.OpenApiController;
import org.examdesk.admin.results.ResultsModule;
import org.examdesk.admin.results.letters.LetterPurge;
import org.examdesk.admin.slack.SlackDao;
import org.examdesk.admin.slack.SlackRoutes;
import org.examdesk.admin.studentauth.StudentAuthController;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentMail;
import org.examdesk.admin.students.StudentRow;
import org.examdesk.admin.students.StudentsController;
import org.examdesk.admin.web.Idempotency;
import org.examdesk.knowledge.KnowledgeBase;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.LoggerFactory;

/**
 * The admin API: the only door to the shared database. Built by hand from its dependencies; {@link #routes}
 * adds every {@code /api/v1} route, each naming who may call it.
 */
public final class AdminApi {
    /** Settings the admin API needs from the deployment. */
    public record Settings(
            Duration sessionTtl,
            String studentResultsUrl,
            Duration activationCodeTtl,
            int importRowLimit,
            long importMaxBytes,
            int resultsMaxDelayDays,
            String portalUrl,
            Duration letterRetention) {
        /** The defaults for everything but the session lifetime. */
        public Settings(Duration sessionTtl) {
            this(
                    sessionTtl,
                    "http://localhost:7070/",
                    Duration.ofDays(30),
                    600,
                    10L * 1024 * 1024,
                    30,
                    "http://localhost:7070/",
                    Duration.ofDays(30));
        }
    }

    private final SessionService sessions;
    private final SessionsController sessionsController;
    private final ConversationsController conversationsController;
    private final ArticlesController articlesController;
    private final ArticleStatsService articleStats;
    private final ArticleFeedbackController articleFeedbackController;
    private final StudentsController studentsController;
    private final StudentAuthController studentAuthController;
    private final Cases cases;
    private final ImportsController importsController;
    private final OutboxController outboxController;
    private final AuditController auditController;
    private final AccountsController accountsController;
    private final VerificationCodesController verificationCodesController;
    private final long importMaxBytes;
    private final ResultsModule results;
    private final LetterPurge letterPurge;
    private final LearnersModule learners;
    private final LearnerGroups learnerGroups;
    private final ObjectMapper json;
    private final SlackRoutes slack;
    private final String channelKey = new Tokens().newToken();

    public AdminApi(Jdbi jdbi, Clock clock, ObjectMapper json, KnowledgeBase knowledge, Settings settings) {
        this(jdbi, clock, json, knowledge, settings, CaseSettings.defaults());
    }

    public AdminApi(
            Jdbi jdbi,
            Clock clock,
            ObjectMapper json,
            KnowledgeBase knowledge,
            Settings settings,
            CaseSettings caseSettings) {
        PasswordHasher hasher = new PasswordHasher();
        SignInGuard signIns = new SignInGuard(jdbi, clock, new LoginThrottle(clock, 30, Duration.ofMinutes(5)));
        this.sessions = new SessionService(
                jdbi,
                clock,
                settings.sessionTtl(),
                hasher,
                signIns,
                (h, id) -> h.attach(StudentDao.class).find(id).map(StudentRow::caller),
                (h, team, user) -> h.attach(SlackDao.class).linkedUser(team, user));
        this.sessionsController = new SessionsController(sessions);
        this.conversationsController = new ConversationsController(new ConversationService(jdbi, json));
        AuditLog audit = new AuditLog(json);
        this.articleStats = new ArticleStatsService(jdbi, knowledge, audit, clock);
        this.articlesController = new ArticlesController(knowledge, articleStats);
        this.articleFeedbackController = new ArticleFeedbackController(articleStats);
        Idempotency idempotency = new Idempotency(json);
        ActivationCodes codes = new ActivationCodes(clock, settings.activationCodeTtl());
        StudentMail studentMail = new StudentMail(new Outbox(), settings.studentResultsUrl());
        this.studentsController = new StudentsController(jdbi, audit, idempotency, codes, studentMail);
        this.studentAuthController = new StudentAuthController(
                jdbi, clock, hasher, sessions, signIns, codes, studentMail, audit, idempotency);
        this.cases = new Cases(jdbi, clock, json, caseSettings);
        this.importsController = new ImportsController(
                ImportService.create(
                        jdbi, clock, codes, studentMail, new Outbox(), audit, idempotency, settings.importRowLimit()),
                settings.importMaxBytes());
        this.importMaxBytes = settings.importMaxBytes();
        this.results = new ResultsModule(
                jdbi, clock, audit, signIns, settings.resultsMaxDelayDays(), ResultsModule.letterExecutor());
        this.letterPurge = new LetterPurge(jdbi, clock, audit, settings.letterRetention());
        Intake intake = new Intake(new ReferenceLearnerRecords(jdbi), clock);
        this.learners = new LearnersModule(jdbi, clock, audit, idempotency, intake);
        this.learnerGroups = new LearnerGroups(
                jdbi, clock, json, audit, idempotency, intake, settings.importMaxBytes(), LearnerGroups.jobExecutor());
        this.json = json;
        this.outboxController = new OutboxController(jdbi);
        this.auditController = new AuditController(
                jdbi,
                json,
                new AuditReaders(),
                Map.of(
                        "student", (h, id) -> h.attach(StudentDao.class).centreOf(id),
                        "student_import", (h, id) -> h.attach(ImportDao.class).centreOf(id)));
        this.accountsController =
                new AccountsController(jdbi, clock, hasher, audit, new Outbox(), settings.portalUrl(), signIns);
        this.verificationCodesController = new VerificationCodesController(jdbi, codes, studentMail, audit);
        this.slack = new SlackRoutes(jdbi, clock, json);
    }

    public void routes(JavalinConfig cfg) {
        RoutesConfig r = cfg.routes;
        // Article searches are GETs and a pasted question may be 10,000 characters: let such a URL in (the index
        // cuts the query itself) instead of refusing it with 414.
        cfg.jetty.modifyHttpConfiguration(
                http -> http.setRequestHeaderSize(Math.max(http.getRequestHeaderSize(), 64 * 1024)));
        r.beforeMatched("/api/v1/*", new AuthHandler(sessions, channelKey));
        // Jetty's own cap sits above every endpoint's limit (imports, 10 MB attachments), so each endpoint can
        // refuse an oversized file itself with a 413 that names its limit.
        cfg.jetty.multipartConfig.maxFileSize(
                Math.max(importMaxBytes, 10L * 1024 * 1024) + 1024 * 1024, SizeUnit.BYTES);

        r.post("/api/v1/sessions", sessionsController::login, Access.PUBLIC);
        r.delete("/api/v1/sessions/current", sessionsController::logout, Access.PUBLIC);
        r.get("/api/v1/me", sessionsController::me, Access.SIGNED_IN);
        r.post("/api/v1/accounts", accountsController::signUp, Access.PUBLIC);
        r.post("/api/v1/accounts/verify", accountsController::verify, Access.PUBLIC);
        r.post("/api/v1/accounts/password-resets", accountsController::requestReset, Access.PUBLIC);
        r.post("/api/v1/accounts/password-resets/confirm", accountsController::confirmReset, Access.PUBLIC);

        r.get("/api/v1/openapi.json", new OpenApiController(json, cfg.unsafe)::get, Access.PUBLIC);

        r.get("/api/v1/articles/search", articlesController::search, Access.PUBLIC);
        r.get("/api/v1/articles/suggest", articlesController::suggest, Access.PUBLIC);
        r.get("/api/v1/articles/for-you", articlesController::forYou, Access.PUBLIC);
        r.get("/api/v1/articles/filters", articlesController::filters, Access.PUBLIC);
        r.get("/api/v1/articles", articlesController::browse, Access.PUBLIC);
        r.get("/api/v1/articles/{id}", articlesController::get, Access.PUBLIC);
        r.post("/api/v1/articles/{id}/views", articleFeedbackController::view, Access.PUBLIC);
        r.post("/api/v1/articles/{id}/feedback", articleFeedbackController::feedback, Access.PUBLIC);

        r.post("/api/v1/conversations", conversationsController::create, Access.SERVICE);
        r.get("/api/v1/conversations/{id}", conversationsController::get, Access.SERVICE);
        r.put("/api/v1/conversations/{id}/state", conversationsController::saveState, Access.SERVICE);
        r.put("/api/v1/conversations/{id}/owner", conversationsController::claim, Access.SERVICE);
        r.post("/api/v1/conversations/{id}/messages", conversationsController::append, Access.SERVICE);
        r.post("/api/v1/conversations/{id}/turns", conversationsController::beginTurn, Access.SERVICE);
        r.get("/api/v1/conversations/{id}/messages", conversationsController::transcript, Access.SERVICE);

        r.get("/api/v1/students", studentsController::search, Access.STUDENT_ADMIN, Access.AGENT);
        // before /students/{id}: the first route that matches a path handles it
        r.get("/api/v1/students/match", studentsController::match, Access.STUDENT_ADMIN, Access.AGENT);
        r.get("/api/v1/students/{id}", studentsController::get, Access.STUDENT_ADMIN, Access.AGENT);
        r.put("/api/v1/students/{id}/email", studentsController::changeEmail, Access.STUDENT_ADMIN);
        r.post("/api/v1/students/{id}/reactivate", studentsController::reactivate, Access.STUDENT_ADMIN);
        r.put(
                "/api/v1/students/{id}/permissions",
                studentsController::setPermissions,
                Access.STUDENT_ADMIN,
                Access.BOARD_ADMIN);

        r.get("/api/v1/students/imports/template.csv", importsController::template, Access.STUDENT_ADMIN);
        r.post("/api/v1/students/imports", importsController::upload, Access.STUDENT_ADMIN);
        r.get("/api/v1/students/imports/{importId}/rejected.csv", importsController::rejected, Access.STUDENT_ADMIN);

        r.post(
                "/api/v1/series/{seriesId}/verification-codes",
                verificationCodesController::export,
                Access.STUDENT_ADMIN);

        r.get("/api/v1/outbox", outboxController::list, Access.BOARD_ADMIN);
        r.get("/api/v1/audit", auditController::history, Access.BOARD_ADMIN, Access.STUDENT_ADMIN);

        r.post("/api/v1/student-auth/activate", studentAuthController::activate, Access.PUBLIC);
        r.post("/api/v1/student-auth/login", studentAuthController::login, Access.PUBLIC);
        r.post("/api/v1/student-auth/password-resets", studentAuthController::requestResetLink, Access.PUBLIC);
        r.post("/api/v1/student-auth/forgotten-password", studentAuthController::forgottenPassword, Access.PUBLIC);
        r.post("/api/v1/student-auth/identity-check", studentAuthController::identityCheck, Access.SERVICE);
        r.get("/api/v1/me/student", studentAuthController::me, Access.STUDENT);
        r.post("/api/v1/me/student/resend-email", studentAuthController::resendEmail, Access.STUDENT);

        cases.routes(r);
        results.routes(r);
        learners.routes(r);
        learnerGroups.routes(r);
        slack.routes(r);
    }

    /** The cases feature: the bot registers its {@link org.examdesk.admin.cases.CaseEvents} here; sweeps run here. */
    public Cases cases() {
        return cases;
    }

    /** Deletes superseded letter files past their retention period, now and then every six hours. */
    public void scheduleLetterPurge(ScheduledExecutorService executor) {
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        letterPurge.runOnce();
                    } catch (RuntimeException e) {
                        LoggerFactory.getLogger(AdminApi.class).error("Letter purge failed", e);
                    }
                },
                2,
                6 * 60 * 60,
                TimeUnit.SECONDS);
    }

    /** The letter purge, for a test to run once. */
    public LetterPurge letterPurge() {
        return letterPurge;
    }

    /** Hands the articles' view counts to the search index; call at start and then every minute or so. */
    public void publishArticleViews() {
        articleStats.publishViews();
    }

    /**
     * The secret this process's own channels (the bot's web chat and Slack) send with the channel they stand for;
     * without it the audit records every call as made through the plain API, whatever header a client sends.
     */
    public String channelKey() {
        return channelKey;
    }

    /** A service token for an integration in this process (the bot); only its hash is stored. */
    public String issueServiceToken(String name) {
        return sessions.issueServiceToken(name);
    }
}
