package org.examdesk.admin.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
    @Test
    void an_unreachable_or_restarting_server_is_an_outage() {
        assertThat(DatabaseOutage.isOutage(new SQLException("refused", "08001")))
                .isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("i/o error", "08006")))
                .isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLTransientConnectionException("pool timed out")))
                .isTrue();
    }

    @Test
    void a_failed_statement_is_not() {
        assertThat(DatabaseOutage.isOutage(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isOutage(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseOutage.isOutage(new SQLException("statement timeout", "57014")))
                .isFalse();
        assertThat(DatabaseOutage.isOutage(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("no cause")))
                .isFalse();
    }
}
