package org.examdesk.admin.learners.claims;

import java.util.List;

/**
 * Why a claim is ineligible: {@code code} MANDATORY_UNIT_MISSING, CREDITS_SHORT, WRONG_PATHWAY, NO_UNIT_ACHIEVED or
 * NO_RULES, the units concerned, and a sentence saying what is wrong and what to do.
 */
record Reason(String code, List<String> units, String sentence) {}
