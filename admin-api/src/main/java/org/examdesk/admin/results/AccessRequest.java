package org.examdesk.admin.results;

/**
 * Body of {@code PUT /api/v1/results-access/{seriesId}}. Text fields so that a wrong value gets a sentence, not a
 * parse error.
 */
record AccessRequest(String mode, Boolean agreedToHandleQueries, Contact contact, Integer delayDays) {
    /** The person who answers candidates' queries: a name plus a phone number or an email address. */
    record Contact(String name, String phone, String email) {}
}
