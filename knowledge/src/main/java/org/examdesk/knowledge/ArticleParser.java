package org.examdesk.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads one article file: YAML front matter between {@code ---} lines, then a Markdown body. */
final class ArticleParser {

    private static final String FENCE = "---";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Placeholders placeholders;

    ArticleParser(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    /** The article id for a file: its name without {@code .md}. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") && !name.startsWith(".");
    }

    Article parse(Path file) throws IOException, ArticleFormatException {
        return parse(idOf(file), Files.readString(file, StandardCharsets.UTF_8));
    }

    Article parse(String id, String content) throws ArticleFormatException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new ArticleFormatException("line 1: front matter must start with a '---' line");
        }
        int close = -1;
        for (int i = 1; i < lines.size() && close < 0; i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                close = i;
            }
        }
        if (close < 0) {
            throw new ArticleFormatException("line 1: front matter is not closed by a '---' line");
        }
        JsonNode front = readYaml(String.join("\n", lines.subList(1, close)));
        String body = String.join("\n", lines.subList(close + 1, lines.size())).strip();
        return new Article(
                id,
                fill(requiredText(front, "title")),
                fill(requiredText(front, "summary")),
                fill(body),
                list(front, "roles"),
                list(front, "qualifications"),
                list(front, "subjects"),
                list(front, "topics"),
                date(front, "updated"),
                list(front, "aliases"));
    }

    private JsonNode readYaml(String frontMatter) throws ArticleFormatException {
        try {
            JsonNode node = yaml.readTree(frontMatter);
            if (node == null || !node.isObject()) {
                throw new ArticleFormatException("line 2: front matter must be a YAML mapping of fields");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 2 : at.getLineNr() + 1; // +1: the opening '---' line
            throw new ArticleFormatException("line " + line + ": bad YAML: " + e.getOriginalMessage());
        }
    }

    private String fill(String text) {
        return placeholders.fill(text);
    }

    private static String requiredText(JsonNode front, String field) throws ArticleFormatException {
        JsonNode value = front.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new ArticleFormatException("front matter: '" + field + "' is missing or empty");
        }
        return value.asText().strip();
    }

    private static List<String> list(JsonNode front, String field) throws ArticleFormatException {
        JsonNode value = front.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText().strip());
        }
        if (!value.isArray()) {
            throw new ArticleFormatException("front matter: '" + field + "' must be a list");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                throw new ArticleFormatException("front matter: '" + field + "' must be a list of text");
            }
            if (!item.asText().isBlank()) {
                items.add(item.asText().strip());
            }
        }
        return items;
    }

    private static LocalDate date(JsonNode front, String field) throws ArticleFormatException {
        String text = requiredText(front, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException(
                    "front matter: '" + field + "' must be a date like 2026-06-30, was '" + text + "'");
        }
    }
}
