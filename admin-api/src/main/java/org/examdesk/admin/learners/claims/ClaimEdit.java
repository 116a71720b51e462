package org.examdesk.admin.learners.claims;

import java.util.List;

/** A new version of an ineligible claim, by its reference: award type, award date and units with grades. */
record ClaimEdit(String awardType, String awardDate, List<ClaimRequest.UnitGrade> units) {}
