package org.examdesk.bot.channels.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseListener;
import org.examdesk.admin.client.SlackAdminClient;
import org.examdesk.bot.channels.slack.actions.ActionListeners;
import org.examdesk.bot.channels.slack.commands.CommandListeners;
import org.examdesk.bot.channels.slack.desk.AgentDesk;
import org.examdesk.bot.channels.slack.desk.DeskMessages;
import org.examdesk.bot.channels.slack.desk.RequesterDms;
import org.examdesk.bot.channels.slack.events.EventListeners;
import org.examdesk.bot.channels.slack.views.ViewListeners;
import org.examdesk.bot.engine.ChatService;
import org.examdesk.bot.platform.SlackSettings;
import org.examdesk.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack channel: a Bolt app in HTTP mode at {@code POST /slack/events} in the same server (and, with an
 * app-level token, over Socket Mode too). Listeners ack at once; slow work runs on the injected executor.
 */
public final class SlackChannel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackChannel.class);

    private final App app;
    private final SlackEventsController controller;
    private final ExecutorService executor;
    private final SlackSettings settings;
    private SocketModeApp socketMode;

    /** What the channel needs from the rest of ExamDesk. */
    public record Wiring(
            ChatService chat,
            AdminClient admin,
            String serviceToken,
            URI articlesBase,
            Clock clock,
            ZoneId zone,
            KnowledgeBase knowledge,
            Consumer<CaseListener> caseEvents) {}

    public SlackChannel(SlackSettings settings, Wiring wiring, ExecutorService executor) {
        this.settings = settings;
        this.executor = executor;
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.apiBaseUrl());
        Slack slack = Slack.getInstance(slackConfig);
        this.app = new App(AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .slack(slack)
                .authTestCacheExpirationMillis(Duration.ofMinutes(30).toMillis())
                .build());
        SlackServices services = services(settings, wiring, slack);
        EventListeners.register(app, services);
        CommandListeners.register(app, services);
        ActionListeners.register(app, services);
        ViewListeners.register(app, services);
        this.controller = new SlackEventsController(app, settings.signingSecret(), wiring.clock());
    }

    private SlackServices services(SlackSettings settings, Wiring wiring, Slack slack) {
        SlackAdminClient slackAdmin =
                new SlackAdminClient(wiring.admin().as(wiring.serviceToken(), SlackTurns.CHANNEL));
        SlackWebApi web = new SlackWebApi(
                slack,
                settings.botToken(),
                URI.create(settings.apiBaseUrl()),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                d -> Thread.sleep(d.toMillis()));
        Replier replier = new Replier(web, new BlockKit(wiring.articlesBase()));
        SlackUsers users = new SlackUsers(wiring.admin(), wiring.serviceToken(), slackAdmin, web, wiring.clock());
        SlackTurns turns = new SlackTurns(wiring.chat(), users, slackAdmin, replier);
        Jobs jobs = new Jobs(executor, slackAdmin);
        AgentDesk desk = new AgentDesk(
                settings.agentChannel(),
                web,
                slackAdmin,
                users,
                jobs,
                new DeskMessages(wiring.articlesBase(), wiring.zone()));
        if (settings.agentChannel() != null) {
            wiring.caseEvents().accept(desk);
        }
        wiring.caseEvents().accept(new RequesterDms(web, slackAdmin, jobs));
        return new SlackServices(
                jobs,
                turns,
                replier,
                web,
                users,
                new HomeTab(web, users, wiring.admin()),
                new FileImports(web, users, replier, wiring.admin(), turns),
                desk,
                new CaseForms(
                        web,
                        users,
                        replier,
                        wiring.admin(),
                        wiring.knowledge(),
                        new CaseModal(wiring.articlesBase()),
                        wiring.clock(),
                        wiring.zone()),
                new CaseFileSends(web, users, replier));
    }

    /**
     * Mounts the Slack channel on the server being configured when Slack is configured, with its own pool of
     * {@code SLACK_WORKERS} threads; it stops with the server.
     */
    public static void install(JavalinConfig cfg, SlackSettings settings, Wiring wiring) {
        if (!settings.enabled()) {
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread thread = new Thread(r, "slack-work-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        SlackChannel slack = new SlackChannel(settings, wiring, executor);
        slack.routes(cfg.routes);
        cfg.events.serverStarted(slack::warmUp);
        cfg.events.serverStopped(slack::close);
        log.info("Slack channel on at POST /slack/events{}", settings.socketMode() ? " and over Socket Mode" : "");
    }

    public void routes(RoutesConfig routes) {
        routes.post("/slack/events", controller::handle);
    }

    /**
     * In the background: starts Bolt (its auth.test, so the first request is acked as fast as the rest), then
     * connects over Socket Mode when an app-level token is configured.
     */
    public void warmUp() {
        executor.execute(() -> {
            try {
                app.start();
            } catch (RuntimeException e) {
                log.warn("Slack is not reachable yet ({}); Bolt retries on the first request", e.getMessage());
            }
        });
        if (!settings.socketMode()) {
            return;
        }
        executor.execute(() -> {
            try {
                SocketModeApp started =
                        new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
                started.startAsync();
                synchronized (this) {
                    socketMode = started;
                }
                log.info("Slack Socket Mode connected");
            } catch (Exception e) {
                log.error("Slack Socket Mode could not connect; HTTP mode still works", e);
            }
        });
    }

    @Override
    public void close() {
        synchronized (this) {
            if (socketMode != null) {
                try {
                    socketMode.close();
                } catch (Exception e) {
                    log.warn("Closing Slack Socket Mode failed", e);
                }
            }
        }
        app.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
