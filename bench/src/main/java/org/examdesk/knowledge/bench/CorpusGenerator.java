package org.examdesk.knowledge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.examdesk.knowledge.Article;

/**
 * Writes a large synthetic corpus of article files whose words are drawn from the real articles
 * (so word frequencies, and so posting-list lengths, look like a bigger version of the real help
 * centre) and whose front matter reuses the real roles, qualifications and topics.
 */
final class CorpusGenerator {

    private final List<String> words = new ArrayList<>();
    private final List<Article> real;
    private final SplittableRandom random;

    CorpusGenerator(List<Article> real, long seed) {
        this.real = real;
        this.random = new SplittableRandom(seed);
        for (Article article : real) {
            // Every occurrence is kept, so common words are drawn more often, as in the real text.
            for (String word : (article.title() + " " + article.summary() + " " + article.body())
                    .toLowerCase(Locale.ROOT)
                    .split("[^\\p{L}\\p{N}']+")) {
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
    }

    void write(Path dir, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Article template = real.get(random.nextInt(real.size()));
            String text =
                    """
          ---
          title: "%s"
          summary: "%s"
          roles: %s
          qualifications: %s
          subjects: [all]
          topics: %s
          updated: %s
          aliases: ["%s"]
          ---
          %s
          """
                            .formatted(
                                    capitalised(sentence(4 + random.nextInt(5))),
                                    capitalised(sentence(12 + random.nextInt(12))),
                                    list(template.roles()),
                                    list(template.qualifications()),
                                    list(template.topics()),
                                    template.updated(),
                                    sentence(2),
                                    paragraphs(3 + random.nextInt(5)));
            Files.writeString(dir.resolve("generated-" + i + ".md"), text);
        }
    }

    private String paragraphs(int count) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < count; p++) {
            body.append(capitalised(sentence(20 + random.nextInt(40)))).append(".\n\n");
        }
        return body.toString();
    }

    private String sentence(int length) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                sentence.append(' ');
            }
            sentence.append(words.get(random.nextInt(words.size())).replace("'", ""));
        }
        return sentence.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String list(List<String> values) {
        return values.toString();
    }
}
