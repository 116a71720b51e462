package org.examdesk.admin.cases;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where a case stands. CLOSED is final; RESOLVED may be reopened by the agent. */
public enum CaseStatus {
    NEW,
    IN_PROGRESS,
    WAITING_ON_CUSTOMER,
    RESOLVED,
    CLOSED;

    public static final Set<CaseStatus> OPEN = EnumSet.of(NEW, IN_PROGRESS, WAITING_ON_CUSTOMER);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** How people read it: "Waiting on customer". */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static Optional<CaseStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
