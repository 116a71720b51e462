package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** The small fixture articles of the golden-query tests, and helpers around them. */
final class Fixtures {

    static final Map<String, String> PLACEHOLDERS = Map.of("supportPhone", "0300 123 4567");

    private Fixtures() {}

    static Path directory() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static KnowledgeBase open() throws IOException {
        return KnowledgeBase.open(new KnowledgeConfig(directory(), PLACEHOLDERS, false));
    }

    /** Copies the fixture articles into {@code target}, for tests that change files. */
    static Path copyTo(Path target) throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    static List<String> ids(KnowledgeBase knowledge, String query) {
        return ids(knowledge.search(SearchRequest.of(query, 10)));
    }

    /** Waits until the condition holds, checking every 20 ms; fails after {@code limit}. */
    static void eventually(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String article(String title, String body) {
        return """
        ---
        title: %s
        summary: %s
        roles: [anyone]
        qualifications: [all]
        subjects: [all]
        topics: [support-portal]
        updated: 2026-07-01
        aliases: []
        ---
        %s
        """
                .formatted(title, title, body);
    }
}
