package org.examdesk.bot.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an intents file: {@code ## intent} headers, each followed by lines {@code do: utterance} or
 * {@code how: utterance}, and optionally {@code article: id, id} naming the help articles about that intent's task
 * (best first); lines starting with a single {@code #} are comments. A malformed line fails loudly with
 * its file and line number, because a silently skipped example would quietly change what the bot understands.
 */
public final class ExampleFile {
    private ExampleFile() {}

    public static List<Example> read(InputStream in, String source) {
        List<Example> examples = new ArrayList<>();
        parse(in, source, examples, new LinkedHashMap<>());
        return examples;
    }

    /** The articles each intent of the file names on its {@code article:} lines, by intent. */
    public static Map<String, List<String>> articles(InputStream in, String source) {
        Map<String, List<String>> articles = new LinkedHashMap<>();
        parse(in, source, new ArrayList<>(), articles);
        return articles;
    }

    private static void parse(
            InputStream in, String source, List<Example> examples, Map<String, List<String>> articles) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String intent = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || (trimmed.startsWith("#") && !trimmed.startsWith("##"))) {
                    continue;
                }
                if (trimmed.startsWith("##")) {
                    intent = trimmed.substring(2).strip().toLowerCase(Locale.ROOT);
                    continue;
                }
                int colon = trimmed.indexOf(':');
                String label =
                        colon < 0 ? "" : trimmed.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String text = colon < 0 ? "" : trimmed.substring(colon + 1).strip();
                if (intent == null
                        || text.isEmpty()
                        || !(label.equals("do") || label.equals("how") || label.equals("article"))) {
                    throw new IllegalArgumentException(source + " line " + number
                            + ": expected '## intent', 'do: text', 'how: text' or 'article: id', found: " + trimmed);
                }
                if (label.equals("article")) {
                    List<String> ids = articles.computeIfAbsent(intent, k -> new ArrayList<>());
                    Arrays.stream(text.split(","))
                            .map(String::strip)
                            .filter(id -> !id.isEmpty())
                            .forEach(ids::add);
                } else {
                    examples.add(new Example(intent, label.equals("do") ? Act.DO : Act.HOW, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source, e);
        }
    }

    /** The examples in the resource {@code <SimpleName>.intents} beside {@code owner}, or none when it has none. */
    public static List<Example> beside(Class<?> owner) {
        return resource(owner, owner.getSimpleName() + ".intents");
    }

    /** The articles named in the resource {@code <SimpleName>.intents} beside {@code owner}, by intent. */
    public static Map<String, List<String>> articlesBeside(Class<?> owner) {
        return articlesIn(owner, owner.getSimpleName() + ".intents");
    }

    /** The articles named in the resource {@code name} beside {@code owner}, by intent. */
    public static Map<String, List<String>> articlesIn(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return in == null ? Map.of() : articles(in, owner.getPackageName() + "/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** The examples in the resource {@code name} beside {@code owner}, or none when there is no such resource. */
    public static List<Example> resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return in == null ? List.of() : read(in, owner.getPackageName() + "/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
