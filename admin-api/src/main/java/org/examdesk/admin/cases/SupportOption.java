package org.examdesk.admin.cases;

import java.util.Locale;
import java.util.Optional;

/** How the requester wants to be helped once the form is complete (domain section 4). */
enum SupportOption {
    CHAT,
    CALL,
    MESSAGE;

    static Optional<SupportOption> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
