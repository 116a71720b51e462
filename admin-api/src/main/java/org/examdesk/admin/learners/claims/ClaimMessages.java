package org.examdesk.admin.learners.claims;

import java.util.List;
import java.util.stream.Collectors;

/** The sentences of a claim's answer: who was submitted, and who is ineligible and why. */
final class ClaimMessages {
    private ClaimMessages() {}

    static ClaimService.Made made(List<ClaimView> claims) {
        List<ClaimView> submitted =
                claims.stream().filter(c -> c.state().equals("SUBMITTED")).toList();
        List<ClaimView> ineligible =
                claims.stream().filter(c -> c.state().equals("INELIGIBLE")).toList();
        StringBuilder m = new StringBuilder();
        if (!submitted.isEmpty()) {
            m.append("Submitted for ")
                    .append(names(submitted))
                    .append(": ")
                    .append(submitted.get(0).awardType().toLowerCase(java.util.Locale.ROOT))
                    .append(" award, ")
                    .append(submitted.get(0).certificate())
                    .append('.');
        }
        for (ClaimView c : ineligible) {
            m.append(m.isEmpty() ? "" : " ")
                    .append(c.learnerName())
                    .append(" is not eligible (claim ")
                    .append(c.reference())
                    .append(", kept unsubmitted; edit it by its reference): ")
                    .append(c.reasons().stream().map(Reason::sentence).collect(Collectors.joining(" ")));
        }
        return new ClaimService.Made(claims, submitted.size(), ineligible.size(), m.toString());
    }

    private static String names(List<ClaimView> claims) {
        return claims.size() > 5
                ? claims.size() + " learners"
                : claims.stream().map(ClaimView::learnerName).collect(Collectors.joining(", "));
    }
}
