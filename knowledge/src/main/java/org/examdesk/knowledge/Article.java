package org.examdesk.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One support article: the front matter of a Markdown file plus its body.
 *
 * @param id the file name without {@code .md}
 * @param body Markdown with the deployment's placeholders already filled in
 */
public record Article(
        String id,
        String title,
        String summary,
        String body,
        List<String> roles,
        List<String> qualifications,
        List<String> subjects,
        List<String> topics,
        LocalDate updated,
        List<String> aliases) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        roles = roles == null ? List.of() : List.copyOf(roles);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        topics = topics == null ? List.of() : List.copyOf(topics);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The body rendered to HTML (CommonMark plus tables); raw HTML in the Markdown is escaped. */
    public String html() {
        return MarkdownText.toHtml(body);
    }
}
