package org.examdesk.knowledge;

/** An article file that cannot be read as an article; the message names the line where it can. */
final class ArticleFormatException extends Exception {

    ArticleFormatException(String message) {
        super(message);
    }
}
