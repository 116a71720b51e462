package org.examdesk.bot.flows.results;

/**
 * What the results flows have gathered, kept between turns: the series, the contact who answers candidates'
 * queries, the delay, and the letters job once it runs.
 */
record AccessState(
        Long seriesId,
        String seriesName,
        int entries,
        String contactName,
        String contactEmail,
        String contactPhone,
        Integer delayDays,
        Long jobId) {
    static final AccessState EMPTY = new AccessState(null, null, 0, null, null, null, null, null);

    static AccessState forSeries(long seriesId) {
        return new AccessState(seriesId, null, 0, null, null, null, null, null);
    }

    AccessState about(long id, String name, int entryCount) {
        return new AccessState(id, name, entryCount, contactName, contactEmail, contactPhone, delayDays, jobId);
    }

    AccessState withContactName(String name) {
        return new AccessState(seriesId, seriesName, entries, name, contactEmail, contactPhone, delayDays, jobId);
    }

    AccessState withContactEmail(String email) {
        return new AccessState(seriesId, seriesName, entries, contactName, email, contactPhone, delayDays, jobId);
    }

    AccessState withContactPhone(String phone) {
        return new AccessState(seriesId, seriesName, entries, contactName, contactEmail, phone, delayDays, jobId);
    }

    AccessState withDelayDays(int days) {
        return new AccessState(seriesId, seriesName, entries, contactName, contactEmail, contactPhone, days, jobId);
    }

    AccessState withJob(long id) {
        return new AccessState(seriesId, seriesName, entries, contactName, contactEmail, contactPhone, delayDays, id);
    }

    /** The contact as the confirmation shows it: the name, and the email address or else the phone number. */
    String contact() {
        return contactName + " (" + (contactEmail != null ? contactEmail : contactPhone) + ")";
    }
}
