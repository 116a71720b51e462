package org.examdesk.admin.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

/**
 * Bulk inserts with PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)} inside the handle's transaction: many
 * times faster than batched inserts for imports of tens of thousands of rows. Values: null, strings, numbers,
 * booleans, byte arrays (as hex), dates and instants (ISO), enums (by name).
 */
public final class Copy {
    private Copy() {}

    /** Copies {@code rows} into {@code tableAndColumns}, e.g. {@code "students (id, forename)"}; returns the count. */
    public static long into(Handle h, String tableAndColumns, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(csv, row.get(i));
            }
            csv.append('\n');
        }
        try {
            PGConnection pg = h.getConnection().unwrap(PGConnection.class);
            return pg.getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin (format csv)", new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new ConnectionException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number || value instanceof Boolean) {
            csv.append(value);
            return;
        }
        String text = value instanceof byte[] bytes
                ? "\\x" + HexFormat.of().formatHex(bytes)
                : value instanceof Enum<?> e ? e.name() : value.toString();
        csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
