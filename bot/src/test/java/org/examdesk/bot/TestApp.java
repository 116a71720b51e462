package org.examdesk.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.bot.platform.AppConfig;

/** The whole application on a random port over a fresh database cloned from the demo template. */
public final class TestApp {
    private TestApp() {
    }

    public static ExamDesk start(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", TestDatabase.freshDemoUrl());
        env.put("DATABASE_USER", "postgres");
        env.put("PORT", "0");
        env.put("EXAMDESK_ARTICLES_DIR", "../articles");
        env.put("EXAMDESK_WATCH_ARTICLES", "false");
        env.put("EXAMDESK_DEMO", "false");
        env.put("DATABASE_POOL_SIZE", "4");
        env.putAll(extraEnv);
        try {
            return ExamDesk.start(AppConfig.fromEnv(env), Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ExamDesk start() {
        return start(Map.of());
    }

    public static URI base(ExamDesk app) {
        return URI.create("http://127.0.0.1:" + app.port() + "/");
    }
}
