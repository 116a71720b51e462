package org.examdesk.admin;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The SQL a class carries, for {@link TableOwnershipTest}: every string constant of its class file (annotation
 * values, text blocks, literals, the compile-time constants of other classes it uses, such as a DAO's
 * {@code SELECT}) and the {@code .sql} files its {@link UseClasspathSqlLocator} methods read; and the tables that
 * text names after FROM, JOIN, INSERT INTO, UPDATE, DELETE FROM or COPY, or as the first word of a
 * {@code Copy.into} target such as {@code "students (id, ...)"}.
 */
final class SqlText {
    /** A table named by some SQL, and whether the SQL writes it. */
    record Reference(String table, boolean write) {}

    private static final String NAME = "(?:only\\s+)?([a-z_][a-z0-9_]*)";
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|copy|merge\\s+into)\\s+" + NAME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+" + NAME, Pattern.CASE_INSENSITIVE);
    private static final Pattern COPY_TARGET = Pattern.compile("^\\s*([a-z_][a-z0-9_]*)\\s*\\(");

    private SqlText() {}

    /** The string constants and classpath SQL files of {@code c}. */
    static List<String> of(JavaClass c) {
        List<String> texts = new ArrayList<>(constants(c));
        texts.addAll(classpathSql(c.reflect()));
        return texts;
    }

    /** The tables among {@code known} that {@code sql} names, each once (as a write when it is written anywhere). */
    static Set<Reference> references(String sql, Set<String> known) {
        Set<String> written = new LinkedHashSet<>();
        Set<String> read = new LinkedHashSet<>();
        collect(WRITE.matcher(sql), known, written);
        collect(COPY_TARGET.matcher(sql), known, written);
        collect(READ.matcher(sql), known, read);
        Set<Reference> found = new LinkedHashSet<>();
        written.forEach(t -> found.add(new Reference(t, true)));
        read.stream().filter(t -> !written.contains(t)).forEach(t -> found.add(new Reference(t, false)));
        return found;
    }

    private static void collect(Matcher m, Set<String> known, Set<String> into) {
        while (m.find()) {
            String name = m.group(1).toLowerCase();
            if (known.contains(name)) {
                into.add(name);
            }
        }
    }

    /** The CONSTANT_Utf8 entries of the class file's constant pool (JVMS 4.4), where every string literal lives. */
    static List<String> constants(JavaClass c) {
        try (InputStream in = c.getSource().orElseThrow().getUri().toURL().openStream()) {
            DataInputStream data = new DataInputStream(new ByteArrayInputStream(in.readAllBytes()));
            data.skipNBytes(8); // magic, minor and major version
            int count = data.readUnsignedShort();
            List<String> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(data.readUTF()); // the class file's modified UTF-8, as readUTF reads it
                    case 7, 8, 16, 19, 20 -> data.skipNBytes(2);
                    case 15 -> data.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipNBytes(4);
                    case 5, 6 -> {
                        data.skipNBytes(8);
                        i++; // a long or double takes two entries
                    }
                    default -> throw new IllegalStateException("Constant tag " + tag + " in " + c.getName());
                }
            }
            return strings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code .sql} files Jdbi's classpath locator reads for {@code type}: {@code <package>/<Class>/<name>.sql}. */
    private static List<String> classpathSql(Class<?> type) {
        List<String> texts = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            boolean located = type.isAnnotationPresent(UseClasspathSqlLocator.class)
                    || m.isAnnotationPresent(UseClasspathSqlLocator.class);
            String value = statement(m);
            if (!located || value == null) {
                continue;
            }
            String name = value.isEmpty() ? m.getName() : value;
            String path = type.getName().replace('.', '/') + "/" + name + ".sql";
            try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("No " + path + " for " + type.getName() + "." + m.getName());
                }
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static String statement(Method m) {
        for (Annotation a : m.getAnnotations()) {
            if (a instanceof SqlQuery q) {
                return q.value();
            }
            if (a instanceof SqlUpdate u) {
                return u.value();
            }
            if (a instanceof SqlBatch b) {
                return b.value();
            }
        }
        return null;
    }
}
