package org.examdesk.bot.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The held-out labelled sets under src/test/resources/understanding: tab-separated, a header line first. */
final class LabelledSet {
    private LabelledSet() {}

    static Path dir() {
        Path fromBot = Path.of("src/test/resources/understanding");
        return Files.isDirectory(fromBot) ? fromBot : Path.of("bot").resolve(fromBot);
    }

    /** The rows of {@code name}, each split on tabs; the header is skipped. */
    static List<String[]> rows(String name) {
        try {
            List<String> lines = Files.readAllLines(dir().resolve(name), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The intent test split as examples. */
    static List<Example> intentTest() {
        return rows("intents-test.tsv").stream()
                .map(r -> new Example(r[0], r[1].equalsIgnoreCase("how") ? Act.HOW : Act.DO, r[2]))
                .toList();
    }
}
