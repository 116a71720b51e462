package org.examdesk.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.examdesk.admin.AdminApi;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.accounts.PasswordHasher;
import org.examdesk.admin.cases.CaseEvents;
import org.examdesk.admin.cases.CaseSettings;
import org.examdesk.admin.cases.Cases;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.db.EmbeddedDatabase;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.mail.OutboxSender;
import org.examdesk.admin.mail.SmtpSettings;
import org.examdesk.admin.web.ErrorBody;
import org.examdesk.admin.web.ErrorHandlers;
import org.examdesk.admin.web.Idempotency;
import org.examdesk.admin.web.Json;
import org.examdesk.admin.web.JsonBodies;
import org.examdesk.admin.web.RequestIds;
import org.examdesk.bot.channels.http.ApiHeaders;
import org.examdesk.bot.channels.http.FileUploadController;
import org.examdesk.bot.channels.http.HttpChannelController;
import org.examdesk.bot.channels.slack.SlackChannel;
import org.examdesk.bot.channels.web.AccountPages;
import org.examdesk.bot.channels.web.ChatSocket;
import org.examdesk.bot.channels.web.HelpPages;
import org.examdesk.bot.channels.web.LiveRelay;
import org.examdesk.bot.channels.web.StudentPages;
import org.examdesk.bot.engine.Answers;
import org.examdesk.bot.engine.ChatService;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.flows.cases.CaseTrackingFlow;
import org.examdesk.bot.flows.cases.ChatHours;
import org.examdesk.bot.flows.cases.LiveChatFlow;
import org.examdesk.bot.flows.cases.OpenCaseFlow;
import org.examdesk.bot.flows.cases.SupportCases;
import org.examdesk.bot.flows.cases.TalkToPersonFlow;
import org.examdesk.bot.flows.learners.AmendLearnerFlow;
import org.examdesk.bot.flows.learners.BookTestFlow;
import org.examdesk.bot.flows.learners.CancelRegistrationFlow;
import org.examdesk.bot.flows.learners.CentreBookings;
import org.examdesk.bot.flows.learners.CentreGroups;
import org.examdesk.bot.flows.learners.CentreLearners;
import org.examdesk.bot.flows.learners.ClaimCertificatesFlow;
import org.examdesk.bot.flows.learners.FindLearnersFlow;
import org.examdesk.bot.flows.learners.IneligibleClaimsFlow;
import org.examdesk.bot.flows.learners.LearnerGroupFlow;
import org.examdesk.bot.flows.learners.LearnerResultsFlow;
import org.examdesk.bot.flows.learners.MoveTestFlow;
import org.examdesk.bot.flows.learners.RegisterLearnersFlow;
import org.examdesk.bot.flows.results.AssociatesFlow;
import org.examdesk.bot.flows.results.CandidateHelpFlow;
import org.examdesk.bot.flows.results.CentreAssociates;
import org.examdesk.bot.flows.results.ResultsAccess;
import org.examdesk.bot.flows.results.ResultsAccessFlow;
import org.examdesk.bot.flows.results.SelectedAccessFlow;
import org.examdesk.bot.flows.students.AccountFlow;
import org.examdesk.bot.flows.students.BulkReactivateFlow;
import org.examdesk.bot.flows.students.CodesExport;
import org.examdesk.bot.flows.students.FindStudentsFlow;
import org.examdesk.bot.flows.students.OwnAccount;
import org.examdesk.bot.flows.students.StudentAccounts;
import org.examdesk.bot.flows.students.StudentFilesFlow;
import org.examdesk.bot.flows.students.StudentSelfFlow;
import org.examdesk.bot.flows.students.VerificationCodesFlow;
import org.examdesk.bot.imports.StudentImports;
import org.examdesk.bot.platform.AppConfig;
import org.examdesk.bot.platform.HealthController;
import org.examdesk.bot.platform.HttpMetrics;
import org.examdesk.bot.platform.MailSettings;
import org.examdesk.bot.platform.RequestException;
import org.examdesk.bot.platform.SecurityHeaders;
import org.examdesk.bot.platform.SupportHours;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.knowledge.Embedder;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole application in one process, wired by hand: database, knowledge, admin API, bot channels, one
 * Javalin server. {@link #start} is what {@link Main} and the integration tests both call. The one bot class
 * (with {@link Main}) that sees the admin API's server classes: the rest of the bot sees only the admin client,
 * and {@code ArchitectureTest} keeps it so.
 */
public final class ExamDesk implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExamDesk.class);

    private final EmbeddedDatabase embedded;
    private final Database database;
    private final KnowledgeBase knowledge;
    private final Javalin server;
    private final boolean seededDemo;
    private final ScheduledExecutorService sweeps;
    private final ExecutorService turns;
    private final OutboxSender mailSender;

    private ExamDesk(
            EmbeddedDatabase embedded,
            Database database,
            KnowledgeBase knowledge,
            Javalin server,
            boolean seededDemo,
            ScheduledExecutorService sweeps,
            ExecutorService turns,
            OutboxSender mailSender) {
        this.embedded = embedded;
        this.database = database;
        this.knowledge = knowledge;
        this.server = server;
        this.seededDemo = seededDemo;
        this.sweeps = sweeps;
        this.turns = turns;
        this.mailSender = mailSender;
    }

    public static ExamDesk start(AppConfig config, Clock clock) throws IOException {
        EmbeddedDatabase embedded = null;
        Database database;
        if (config.embeddedDatabase()) {
            embedded = EmbeddedDatabase.start(config.dataDir().resolve("postgres"), true)
                    .supervise(Duration.ofSeconds(1));
            database = Database.connect(
                    embedded.jdbcUrl("postgres"), "postgres", embedded.password(), config.dbPoolSize());
        } else {
            database = Database.connect(
                    config.databaseUrl(), config.databaseUser(), config.databasePassword(), config.dbPoolSize());
        }
        try {
            database.migrate();
            boolean seeded = config.demo() && new DemoData(database.jdbi(), new PasswordHasher()).seedIfEmpty();
            KnowledgeBase knowledge = KnowledgeBase.open(
                    new KnowledgeConfig(config.articlesDir(), config.placeholders(), config.watchArticles()));
            int port = config.port() == 0 ? freePort() : config.port();
            ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "case-sweeps");
                thread.setDaemon(true);
                return thread;
            });
            ExecutorService turns = turnPool(config.chatWorkers());
            Javalin server = server(config, clock, database, knowledge, port, sweeps, turns);
            server.start(port);
            OutboxSender mail = config.smtp() == null
                    ? null
                    : new OutboxSender(database.jdbi(), clock, smtp(config.smtp())).start(Duration.ofSeconds(5));
            return new ExamDesk(embedded, database, knowledge, server, seeded, sweeps, turns, mail);
        } catch (RuntimeException | IOException e) {
            database.close();
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /** The articles' view counts, which order the typeahead, reach the index now and then every minute. */
    private static void scheduleViewCounts(AdminApi adminApi, ScheduledExecutorService background) {
        background.scheduleWithFixedDelay(
                () -> {
                    try {
                        adminApi.publishArticleViews();
                    } catch (RuntimeException e) {
                        log.warn("Could not hand the article view counts to the index: {}", e.getMessage());
                    }
                },
                0,
                1,
                TimeUnit.MINUTES);
    }

    private static Javalin server(
            AppConfig config,
            Clock clock,
            Database database,
            KnowledgeBase knowledge,
            int port,
            ScheduledExecutorService sweeps,
            ExecutorService turns) {
        ObjectMapper json = Json.mapper();
        AdminApi adminApi = new AdminApi(
                database.jdbi(), clock, json, knowledge, adminSettings(config), caseSettings(config.cases()));
        adminApi.cases().scheduleSweeps(sweeps);
        adminApi.scheduleLetterPurge(sweeps);
        scheduleViewCounts(adminApi, sweeps);
        AdminClient adminClient = new AdminClient(
                URI.create("http://127.0.0.1:" + port + "/"),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                json,
                adminApi.channelKey());
        String botServiceToken = adminApi.issueServiceToken("examdesk-bot");
        List<Flow> flows = flows(knowledge, chatHours(clock, config.cases()));
        Understanding understanding = Understanding.train(
                ConversationEngine.examples(flows),
                Embedder.bgeSmall(),
                config.dataDir().resolve("understanding"));
        ChatService chat = new ChatService(
                adminClient, botServiceToken, new ConversationEngine(understanding, flows, new Answers(knowledge)));
        SlackChannel.Wiring slack = new SlackChannel.Wiring(
                chat,
                adminClient,
                botServiceToken,
                URI.create(config.placeholders().get("portalUrl")),
                clock,
                config.cases().zone(),
                knowledge,
                listener -> adminApi.cases().listen(CaseEvents.of(listener)));
        ApiHeaders headers = apiHeaders();
        HttpChannelController httpChannel = new HttpChannelController(chat, headers, turns);
        FileUploadController fileUploads = new FileUploadController(chat, headers, adminClient, new StudentImports());
        ChatSocket chatSocket = new ChatSocket(chat, json, turns);
        adminApi.cases().listenOnEveryNode(CaseEvents.of(new LiveRelay(chatSocket)));
        HelpPages helpPages = new HelpPages();
        AccountPages accountPages = new AccountPages();
        StudentPages studentPages = new StudentPages();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        HttpMetrics metrics = new HttpMetrics(registry, RequestIds::of);
        HealthController health = new HealthController(database::isUp, knowledge::size, Main.version());
        RequestIds requestIds = new RequestIds();
        SecurityHeaders securityHeaders = new SecurityHeaders(config.web());

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.jsonMapper(new JsonBodies(json));
            cfg.staticFiles.add("/public", Location.CLASSPATH);
            cfg.requestLogger.http(metrics::record);
            ErrorHandlers.install(cfg);
            cfg.routes.exception(RequestException.class, ExamDesk::refuse);
            cfg.routes.exception(AdminApiException.class, ExamDesk::adminApiFailed);
            cfg.routes.before(requestIds::assign);
            cfg.routes.before(securityHeaders::apply);
            cfg.routes.get("/health", health::health);
            if (config.web().metricsToken() != null) { // without a token /metrics is off: 404
                cfg.routes.get("/metrics", metrics.scrape(config.web().metricsToken()));
            }
            adminApi.routes(cfg);
            cfg.routes.post("/bot/v1/conversations", httpChannel::start);
            cfg.routes.post("/bot/v1/conversations/{id}/messages", httpChannel::message);
            cfg.routes.post("/bot/v1/conversations/{id}/files", fileUploads::upload);
            cfg.routes.ws("/chat/ws", chatSocket::configure);
            cfg.routes.get("/agent", ctx -> ctx.contentType("text/html; charset=utf-8")
                    .result(ExamDesk.class.getResourceAsStream("/public/agent/index.html")));
            cfg.routes.get("/help", helpPages::search);
            cfg.routes.get("/help/{id}", helpPages::article);
            cfg.routes.get("/sign-up", accountPages.page("sign-up"));
            cfg.routes.get("/verify-email", accountPages.page("verify-email"));
            cfg.routes.get("/forgot-password", accountPages.page("forgot-password"));
            cfg.routes.get("/reset-password", accountPages.page("reset-password"));
            cfg.routes.get("/results/sign-in", accountPages.page("results-sign-in"));
            studentPages.routes(cfg.routes);
            SlackChannel.install(cfg, config.slack(), slack);
            cfg.events.serverStopped(adminApi.cases()::close);
        });
    }

    /** The guided flows, in the order they are offered a recognised task. */
    public static List<Flow> flows(KnowledgeBase knowledge, ChatHours hours) {
        OpenCaseFlow openCase = new OpenCaseFlow(knowledge, hours, SupportCases::over);
        NameWords names = NameWords.of(knowledge);
        BulkReactivateFlow bulkReactivate = new BulkReactivateFlow(StudentAccounts::over);
        return List.of(
                bulkReactivate,
                new FindStudentsFlow(StudentAccounts::over, bulkReactivate, hours.clock()),
                new AccountFlow(names, StudentAccounts::over),
                new StudentSelfFlow(OwnAccount::over),
                openCase,
                new CaseTrackingFlow(hours, SupportCases::over),
                new TalkToPersonFlow(hours, openCase),
                new LiveChatFlow(SupportCases::over),
                new AssociatesFlow(CentreAssociates::over),
                new SelectedAccessFlow(ResultsAccess::over),
                new ResultsAccessFlow(ResultsAccess::over),
                new CandidateHelpFlow(ResultsAccess::over),
                new StudentFilesFlow(),
                new VerificationCodesFlow(CodesExport::over),
                new RegisterLearnersFlow(names, knowledge, CentreLearners::over),
                new AmendLearnerFlow(names, knowledge, CentreLearners::over),
                new LearnerResultsFlow(names, knowledge, CentreLearners::over),
                new FindLearnersFlow(names, knowledge, CentreLearners::over),
                new LearnerGroupFlow(knowledge, CentreGroups::over),
                new CancelRegistrationFlow(names, knowledge, CentreLearners::over, CentreBookings::over),
                new BookTestFlow(names, knowledge, CentreLearners::over, CentreBookings::over, hours.clock()),
                new MoveTestFlow(names, knowledge, CentreLearners::over, CentreBookings::over, hours.clock()),
                new ClaimCertificatesFlow(names, knowledge, CentreLearners::over, CentreBookings::over, hours.clock()),
                new IneligibleClaimsFlow(names, knowledge, CentreLearners::over, CentreBookings::over));
    }

    private static ChatHours chatHours(Clock clock, SupportHours cases) {
        return new ChatHours(clock, cases.opens(), cases.closes(), cases.zone(), Cases.bankHolidays());
    }

    /** What the admin API needs from the settings (also how a benchmark sets up its admin API). */
    public static AdminApi.Settings adminSettings(AppConfig config) {
        return new AdminApi.Settings(
                config.sessionTtl(),
                config.placeholders().get("studentResultsUrl"),
                Duration.ofDays(30),
                config.importRowLimit(),
                Math.min(config.maxBodyBytes(), 10L * 1024 * 1024),
                config.resultsMaxDelayDays(),
                config.placeholders().get("portalUrl"),
                Duration.ofDays(config.letterRetentionDays()));
    }

    private static CaseSettings caseSettings(SupportHours hours) {
        return new CaseSettings(
                hours.opens(), hours.closes(), hours.zone(), hours.supportPhone(), hours.callCaseTimeout());
    }

    private static SmtpSettings smtp(MailSettings mail) {
        return new SmtpSettings(mail.host(), mail.port(), mail.user(), mail.password(), mail.from());
    }

    /** The HTTP channel reads the bearer token and the Idempotency-Key with the admin API's own rules. */
    private static ApiHeaders apiHeaders() {
        return new ApiHeaders() {
            @Override
            public Optional<String> bearer(Context ctx) {
                return AuthHandler.bearer(ctx);
            }

            @Override
            public String idempotencyKey(Context ctx) {
                String key = ctx.header(Idempotency.HEADER);
                Idempotency.checkKey(key);
                return key;
            }
        };
    }

    /** A refusal of the bot's, answered in the admin API's one error shape and logged as it logs a 4xx. */
    private static void refuse(RequestException e, Context ctx) {
        String requestId = RequestIds.of(ctx);
        log.warn("{} {} {} -> {} {}", requestId, ctx.method(), ctx.path(), e.status(), e.getMessage());
        ctx.status(e.status()).json(new ErrorBody(e.code(), e.getMessage(), requestId, e.details()));
    }

    /**
     * A call of the bot into the admin API failed while it served a request (the HTTP channel): a database outage
     * is said as the admin API said it (503, {@code Retry-After}); anything else is ExamDesk's own failure, a 500.
     */
    private static void adminApiFailed(AdminApiException e, Context ctx) {
        String requestId = RequestIds.of(ctx);
        if (e.unavailable()) {
            log.warn("{} {} {} -> 503 {}", requestId, ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "10");
            ctx.status(503).json(new ErrorBody("unavailable", e.getMessage(), requestId, List.of()));
            return;
        }
        log.error(
                "{} {} {} -> 500: the admin API answered {} {}",
                requestId,
                ctx.method(),
                ctx.path(),
                e.status(),
                e.error());
        ctx.status(500)
                .json(new ErrorBody(
                        "server_error", "Something went wrong on our side. Please try again.", requestId, List.of()));
    }

    public int port() {
        return server.port();
    }

    public boolean seededDemo() {
        return seededDemo;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** Stops taking requests, lets those in flight finish, then closes the index and the database. */
    @Override
    public void close() {
        server.stop();
        turns.shutdown();
        sweeps.shutdownNow();
        if (mailSender != null) {
            mailSender.close();
        }
        knowledge.close();
        database.close();
        if (embedded != null) {
            embedded.close();
        }
        log.info("ExamDesk stopped");
    }

    /**
     * Chat turns (web chat and HTTP channel) run here, bounded, because each calls the admin API over HTTP on this
     * same server: run on the server's own threads, a crowd of chats could hold every thread waiting for calls that
     * need one. A full queue is answered "busy" rather than waited on.
     */
    private static ExecutorService turnPool(int workers) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(
                workers, workers, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(workers * 50), r -> {
                    Thread thread = new Thread(r, "chat-turn-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
