package org.examdesk.knowledge.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One evaluation question and the ids of the articles that answer it; none when it is out of
 * scope (written {@code -} in the file).
 */
public record Question(String text, Set<String> expected) {

    public Question {
        expected = Set.copyOf(expected);
    }

    public boolean inScope() {
        return !expected.isEmpty();
    }

    /**
     * Reads a questions file: a header line, then {@code question<TAB>expected} lines where expected
     * is comma-separated article ids or {@code -}; blank lines and lines starting with # are skipped.
     */
    public static List<Question> read(Path file) throws IOException {
        List<Question> questions = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IOException(file + " line " + (i + 1) + ": expected question<TAB>expected");
            }
            questions.add(new Question(columns[0].strip(), ids(columns[1])));
        }
        return questions;
    }

    /** The questions split once into a dev part (to tune on) and a held-out test part. */
    public record Split(List<Question> dev, List<Question> test) {}

    /**
     * Splits by position, once and for all: every third in-scope question is test, and every third
     * out-of-scope one. Calibration and the chat's answering are tuned on dev only.
     */
    public static Split split(List<Question> questions) {
        List<Question> dev = new ArrayList<>();
        List<Question> test = new ArrayList<>();
        int inScope = 0;
        int outOfScope = 0;
        for (Question q : questions) {
            int position = q.inScope() ? inScope++ : outOfScope++;
            (position % 3 == 2 ? test : dev).add(q);
        }
        return new Split(List.copyOf(dev), List.copyOf(test));
    }

    private static Set<String> ids(String column) {
        if (column.strip().equals("-")) {
            return Set.of();
        }
        return Arrays.stream(column.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
