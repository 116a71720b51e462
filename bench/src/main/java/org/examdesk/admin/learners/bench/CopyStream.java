package org.examdesk.admin.learners.bench;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ... FROM STDIN} (text format) on its own handle, fed row by row and sent in 1 MB chunks; several
 * can run at once on different handles. Foreign keys are not checked while loading (session replication role
 * "replica"): the generator writes consistent rows, and the benchmark's database is its own.
 */
public final class CopyStream implements AutoCloseable {
    private final Handle handle;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private boolean first = true;
    private long rows;

    public CopyStream(Handle handle, String tableAndColumns) {
        this.handle = handle;
        handle.execute("set session_replication_role = replica");
        try {
            copy = handle.getConnection()
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Drops the tables' indexes that back no constraint, so that a load is faster; returns the statements that build
     * them again.
     */
    public static List<String> dropIndexes(Handle h, String... tables) {
        List<String> definitions = h.createQuery(
                        """
                        select i.indexdef from pg_indexes i
                         where i.schemaname = current_schema() and i.tablename = any(:tables)
                           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
                .bind("tables", tables)
                .mapTo(String.class)
                .list();
        h.createQuery(
                        """
                        select i.indexname from pg_indexes i
                         where i.schemaname = current_schema() and i.tablename = any(:tables)
                           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
                .bind("tables", tables)
                .mapTo(String.class)
                .forEach(name -> h.execute("drop index " + name));
        return definitions;
    }

    public CopyStream add(Object value) {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
        if (value == null) {
            buffer.append("\\N");
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }
        return this;
    }

    public void end() {
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() > (1 << 20) - 4096) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the handle is closed below either way
            }
            handle.execute("set session_replication_role = origin");
            handle.close();
        }
    }
}
