package org.examdesk.admin.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.examdesk.admin.accounts.PasswordHasher;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.demo.DemoData;

/**
 * One real PostgreSQL per test JVM (the embedded one), and a fresh database per test class cloned from a
 * migrated template, so each class starts clean and the suite stays fast. {@link #freshWithDemo()} clones a
 * template that also holds the demo data.
 */
public final class TestDatabase {
    private static final String TEMPLATE = "examdesk_template";
    private static final String DEMO_TEMPLATE = "examdesk_demo_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabase() {}

    /** A new, migrated, empty database. */
    public static Database fresh() {
        return Database.connect(createFrom(TEMPLATE), "postgres", null, 4);
    }

    /** A new, migrated database holding the demo data. */
    public static Database freshWithDemo() {
        return Database.connect(createFrom(DEMO_TEMPLATE), "postgres", null, 4);
    }

    /** The JDBC URL of a new database cloned from the demo template (for starting the whole app). */
    public static String freshDemoUrl() {
        return createFrom(DEMO_TEMPLATE);
    }

    private static synchronized String createFrom(String template) {
        EmbeddedPostgres pg = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute(pg, "create database " + name + " template " + template);
        return pg.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            execute(postgres, "create database " + TEMPLATE);
            try (Database db = Database.connect(postgres.getJdbcUrl("postgres", TEMPLATE), "postgres", null, 2)) {
                db.migrate();
            }
            execute(postgres, "create database " + DEMO_TEMPLATE + " template " + TEMPLATE);
            try (Database db = Database.connect(postgres.getJdbcUrl("postgres", DEMO_TEMPLATE), "postgres", null, 2)) {
                new DemoData(db.jdbi(), new PasswordHasher()).seedIfEmpty();
            }
        }
        return postgres;
    }

    private static void execute(EmbeddedPostgres pg, String sql) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed: " + sql, e);
        }
    }
}
