package org.examdesk.admin.cases;

import java.util.List;
import org.examdesk.admin.web.ApiException;

/**
 * The rule for comment and reply text: 1 to 10,000 characters. Text is stored exactly as given (HTML included)
 * and every client shows it as text, never as markup.
 */
public final class CommentText {
    static final int MAX = 10_000;

    private CommentText() {}

    public static String check(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("Write some text.", List.of("text"));
        }
        if (text.length() > MAX) {
            throw ApiException.invalid(
                    "A comment is limited to " + String.format("%,d", MAX) + " characters; this one has "
                            + String.format("%,d", text.length()) + ".",
                    List.of("text"));
        }
        return text;
    }
}
