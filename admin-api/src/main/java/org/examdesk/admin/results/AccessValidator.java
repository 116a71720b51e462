package org.examdesk.admin.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.examdesk.admin.web.ApiException;

/** Checks a settings request and turns it into {@link AccessSettings}; every problem is named in one 422. */
public final class AccessValidator {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,25}");
    private final int maxDelayDays;

    AccessValidator(int maxDelayDays) {
        this.maxDelayDays = maxDelayDays;
    }

    int maxDelayDays() {
        return maxDelayDays;
    }

    AccessSettings validate(AccessRequest request) {
        if (request == null) {
            throw ApiException.badRequest(
                    "Send the settings as JSON: mode, agreedToHandleQueries, contact, delayDays.");
        }
        List<String> problems = new ArrayList<>();
        AccessMode mode = mode(request.mode(), problems);
        AccessRequest.Contact contact =
                request.contact() == null ? new AccessRequest.Contact(null, null, null) : request.contact();
        String name = trim(contact.name());
        String phone = trim(contact.phone());
        String email = trim(contact.email());
        boolean agreed = Boolean.TRUE.equals(request.agreedToHandleQueries());
        int delay = request.delayDays() == null ? 0 : request.delayDays();
        checkDelay(delay, problems);
        checkFormats(phone, email, problems);
        if (mode != null && mode != AccessMode.NONE) {
            checkAccessNeeds(agreed, name, phone, email, problems);
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.get(0), problems);
        }
        return new AccessSettings(
                mode, agreed, name, phone, email == null ? null : email.toLowerCase(Locale.ROOT), delay);
    }

    /** A delay set by a parent for its associates follows the same limit. */
    public void checkDelay(int delay, List<String> problems) {
        if (delay < 0 || delay > maxDelayDays) {
            problems.add("The release delay must be from 0 to " + maxDelayDays + " days, not " + delay + ".");
        }
    }

    private static AccessMode mode(String value, List<String> problems) {
        try {
            return AccessMode.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("The mode must be NONE, ALL or SELECTED" + (value == null ? "." : ", not '" + value + "'."));
            return null;
        }
    }

    private static void checkFormats(String phone, String email, List<String> problems) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add("The contact phone '" + phone + "' is not a phone number (digits, spaces, + - and brackets).");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("The contact email '" + email + "' is not an email address.");
        }
    }

    private static void checkAccessNeeds(
            boolean agreed, String name, String phone, String email, List<String> problems) {
        if (!agreed) {
            problems.add("To give candidates access, agree to handle their queries (agreedToHandleQueries: true).");
        }
        if (name == null) {
            problems.add("Give the name of the person who will handle candidates' queries.");
        }
        if (phone == null && email == null) {
            problems.add("Give the contact's phone number or email address: candidates need one of them.");
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
