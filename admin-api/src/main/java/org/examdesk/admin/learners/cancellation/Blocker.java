package org.examdesk.admin.learners.cancellation;

import java.util.List;
import java.util.Map;

/**
 * One condition that stops a registration being cancelled: {@code condition} TEST_TAKEN, TEST_BOOKED,
 * RESULT_LINKED, OUTCOME_ADDED, CLAIM_MADE (or NOT_ACTIVE), its facts (which test, date, unit), a sentence saying
 * what holds and one saying what would have to change; {@code liftable} when the centre can lift it itself.
 */
record Blocker(String condition, List<Map<String, Object>> facts, String sentence, String change, boolean liftable) {}
