package org.examdesk.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.examdesk.admin.AdminApi;
import org.examdesk.admin.accounts.PasswordHasher;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.db.EmbeddedDatabase;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.mail.OutboxSender;
import org.examdesk.admin.web.ErrorHandlers;
import org.examdesk.admin.web.Json;
import org.examdesk.admin.web.RequestIds;
import org.examdesk.bot.channels.http.HttpChannelController;
import org.examdesk.bot.channels.web.ChatSocket;
import org.examdesk.bot.engine.ChatService;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.platform.AppConfig;
import org.examdesk.bot.platform.HealthController;
import org.examdesk.bot.platform.HttpMetrics;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole application in one process, wired by hand: database, knowledge, admin API, bot channels, one
 * Javalin server. {@link #start} is what {@link Main} and the integration tests both call.
 */
public final class ExamDesk implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExamDesk.class);

    private final EmbeddedDatabase embedded;
    private final Database database;
    private final KnowledgeBase knowledge;
    private final Javalin server;
    private final boolean seededDemo;
    private final OutboxSender mailSender;

    private ExamDesk(EmbeddedDatabase embedded, Database database, KnowledgeBase knowledge, Javalin server,
                     boolean seededDemo, OutboxSender mailSender) {
        this.embedded = embedded;
        this.database = database;
        this.knowledge = knowledge;
        this.server = server;
        this.seededDemo = seededDemo;
        this.mailSender = mailSender;
    }

    public static ExamDesk start(AppConfig config, Clock clock) throws IOException {
        EmbeddedDatabase embedded = null;
        Database database;
        if (config.embeddedDatabase()) {
            embedded = EmbeddedDatabase.start(config.dataDir().resolve("postgres"), true);
            database = Database.connect(embedded.jdbcUrl("postgres"), "postgres", null, config.dbPoolSize());
        } else {
            database = Database.connect(config.databaseUrl(), config.databaseUser(), config.databasePassword(),
                    config.dbPoolSize());
        }
        try {
            database.migrate();
            boolean seeded = config.demo() && new DemoData(database.jdbi(), new PasswordHasher()).seedIfEmpty();
            KnowledgeBase knowledge = KnowledgeBase.open(
                    new KnowledgeConfig(config.articlesDir(), config.placeholders(), config.watchArticles()));
            int port = config.port() == 0 ? freePort() : config.port();
            Javalin server = server(config, clock, database, knowledge, port);
            server.start(port);
            OutboxSender mail = config.smtp() == null ? null
                    : new OutboxSender(database.jdbi(), clock, config.smtp()).start(Duration.ofSeconds(5));
            return new ExamDesk(embedded, database, knowledge, server, seeded, mail);
        } catch (RuntimeException | IOException e) {
            database.close();
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    private static Javalin server(AppConfig config, Clock clock, Database database, KnowledgeBase knowledge, int port) {
        ObjectMapper json = Json.mapper();
        AdminApi adminApi = new AdminApi(database.jdbi(), clock, json, knowledge, new AdminApi.Settings(config.sessionTtl(),
                config.placeholders().get("studentResultsUrl"), Duration.ofDays(30), config.importRowLimit(),
                config.maxBodyBytes(), config.placeholders().get("portalUrl")));
        AdminClient adminClient = new AdminClient(URI.create("http://127.0.0.1:" + port + "/"),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), json);
        ChatService chat = new ChatService(adminClient, adminApi.issueServiceToken("examdesk-bot"),
                new ConversationEngine(knowledge));
        HttpChannelController httpChannel = new HttpChannelController(chat);
        ChatSocket chatSocket = new ChatSocket(chat, json);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        HttpMetrics metrics = new HttpMetrics(registry);
        HealthController health = new HealthController(database::isUp, knowledge::size, Main.version());
        RequestIds requestIds = new RequestIds();

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.add("/public", Location.CLASSPATH);
            cfg.requestLogger.http(metrics::record);
            ErrorHandlers.install(cfg);
            cfg.routes.before(requestIds::assign);
            cfg.routes.get("/health", health::health);
            cfg.routes.get("/metrics", metrics::scrape);
            adminApi.routes(cfg);
            cfg.routes.post("/bot/v1/conversations", httpChannel::start);
            cfg.routes.post("/bot/v1/conversations/{id}/messages", httpChannel::message);
            cfg.routes.ws("/chat/ws", chatSocket::configure);
        });
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
