package org.examdesk.admin.learners.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.examdesk.admin.web.Json;

/**
 * A claim as answered: {@code state} SUBMITTED or INELIGIBLE (kept unsubmitted, editable by its reference), with
 * its units and grades, the reasons it is ineligible, and what the learner receives when it is submitted.
 */
record ClaimView(
        String reference,
        String state,
        long learnerId,
        String learnerRef,
        String learnerName,
        long registrationId,
        String productReference,
        String productTitle,
        String awardType,
        LocalDate awardDate,
        List<Unit> units,
        List<Reason> reasons,
        String certificate,
        Instant createdAt,
        Instant submittedAt) {

    /** A unit of the claim with its grade. */
    record Unit(String code, String title, String grade) {}

    static ClaimView of(ClaimDao.Row row, List<ClaimDao.UnitRow> units) {
        return new ClaimView(
                row.reference(),
                row.state(),
                row.learnerId(),
                row.learnerRef(),
                row.givenName() + " " + row.familyName(),
                row.registrationId(),
                row.productReference(),
                row.productTitle(),
                row.awardType(),
                row.awardDate(),
                units.stream()
                        .filter(u -> u.claimId() == row.id())
                        .map(u -> new Unit(u.code(), u.title(), u.grade()))
                        .toList(),
                reasons(row.reasons()),
                ClaimRules.certificate(row.awardType()),
                row.createdAt(),
                row.submittedAt());
    }

    static String json(List<Reason> reasons) {
        try {
            return Json.mapper().writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Reason> reasons(String json) {
        try {
            return Json.mapper().readValue(json, new TypeReference<List<Reason>>() {});
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
