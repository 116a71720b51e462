package org.examdesk.admin.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A centre's settings for one series, as stored; {@link #none()} before the centre changes anything. */
public record AccessSettings(
        AccessMode mode,
        boolean agreedToHandleQueries,
        String contactName,
        String contactPhone,
        String contactEmail,
        int delayDays) {

    static AccessSettings none() {
        return new AccessSettings(AccessMode.NONE, false, null, null, null, 0);
    }

    boolean hasContact() {
        return contactName != null && (contactPhone != null || contactEmail != null);
    }

    boolean sameContactAs(AccessSettings other) {
        return Objects.equals(contactName, other.contactName)
                && Objects.equals(contactPhone, other.contactPhone)
                && Objects.equals(contactEmail, other.contactEmail);
    }

    /** What an audit row shows: everything here is printed on letters anyway, so nothing is secret. */
    Map<String, Object> audit() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mode", mode);
        map.put("agreedToHandleQueries", agreedToHandleQueries);
        map.put("contactName", contactName);
        map.put("contactPhone", contactPhone);
        map.put("contactEmail", contactEmail);
        map.put("delayDays", delayDays);
        return map;
    }
}
