package org.examdesk.admin.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's articles folder, whether a benchmark runs from the repository root or from a module. */
public final class ArticlesFolder {
    private ArticlesFolder() {}

    public static Path articles() {
        return Files.isDirectory(Path.of("articles")) ? Path.of("articles") : Path.of("../articles");
    }
}
