package org.examdesk.admin.articles.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.examdesk.knowledge.Article;

/**
 * Writes a large corpus of article files made of variations of the real articles: each generated
 * article keeps the front matter lists of a real one, takes its title with about half the words swapped
 * for words of other titles, the summary and aliases of others, and a body of lines drawn from all the
 * real bodies. So the generated articles use the help centre's own vocabulary and look like near
 * neighbours of real ones: distractors that make finding the right article harder, as in a big help centre.
 */
final class SyntheticCorpus {
    private final List<Article> real;
    private final List<String> titleWords = new ArrayList<>();
    private final List<String> bodyLines = new ArrayList<>();
    private final List<String> aliases = new ArrayList<>();
    private final SplittableRandom random;

    SyntheticCorpus(List<Article> real, long seed) {
        this.real = real;
        this.random = new SplittableRandom(seed);
        for (Article article : real) {
            titleWords.addAll(Arrays.asList(article.title().split("\\s+")));
            article.body()
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("---"))
                    .forEach(bodyLines::add);
            aliases.addAll(article.aliases());
        }
    }

    /** Writes {@code count} generated files, {@code generated-<n>.md}, into the folder. */
    void write(Path dir, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve("generated-%06d.md".formatted(i)), article());
        }
    }

    private String article() {
        Article template = pick(real);
        return """
                ---
                title: %s
                summary: %s
                roles: %s
                qualifications: %s
                subjects: %s
                topics: %s
                updated: %s
                aliases: [%s, %s]
                ---
                %s
                """
                .formatted(
                        quoted(title(template.title())),
                        quoted(pick(real).summary()),
                        list(template.roles()),
                        list(template.qualifications()),
                        list(template.subjects()),
                        list(template.topics()),
                        template.updated(),
                        quoted(pick(aliases)),
                        quoted(pick(aliases)),
                        body());
    }

    private String title(String original) {
        return Arrays.stream(original.split("\\s+"))
                .map(word -> random.nextBoolean() ? word : pick(titleWords))
                .collect(Collectors.joining(" "));
    }

    private String body() {
        StringBuilder body = new StringBuilder();
        int lines = 6 + random.nextInt(20);
        for (int i = 0; i < lines; i++) {
            body.append(pick(bodyLines)).append("\n\n");
        }
        return body.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String list(List<String> values) {
        return values.stream().map(SyntheticCorpus::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
