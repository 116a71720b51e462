package org.examdesk.admin.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** A pooled connection to PostgreSQL, migrated by Flyway, reached through one {@link Jdbi}. */
public final class Database implements AutoCloseable {
    static final int CONNECTION_TIMEOUT_MS = 3_000;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        // a failed statement's message must not carry its bound values (emails, dates of birth) into a log
        this.jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    public static Database connect(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("examdesk");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // nor the server's "Detail: Key (email)=(...)" lines
        config.addDataSourceProperty("logServerErrorDetail", "false");
        config.setInitializationFailTimeout(10_000);
        // while the database is down a request fails within seconds instead of waiting 30 s for a connection
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setValidationTimeout(1_000);
        config.addDataSourceProperty("connectTimeout", "2");
        try {
            return new Database(new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new DatabaseStartException(
                    "PostgreSQL at " + redact(jdbcUrl) + " cannot be reached: " + rootMessage(e));
        }
    }

    /** Applies the migrations in {@code db/migration}. */
    public Database migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return this;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isUp() {
        try {
            return jdbi.withExtension(HealthDao.class, HealthDao::ping) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
