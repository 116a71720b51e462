package org.examdesk.admin.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.examdesk.admin.client.BookingModels.Claim;
import org.examdesk.admin.client.BookingModels.ClaimEdit;
import org.examdesk.admin.client.BookingModels.ClaimRequest;
import org.examdesk.admin.client.BookingModels.Claimed;

/** Claims (certificate requests), as centre administrators make them; assessors are refused (403) with the reason. */
public final class ClaimsClient {
    private final AdminClient.Caller caller;

    public ClaimsClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    public Claimed claim(ClaimRequest request, String idempotencyKey) {
        return caller.send("POST", "/api/v1/claims", request, StudentsClient.key(idempotencyKey), Claimed.class);
    }

    /** The centre's claims in {@code state} (INELIGIBLE or SUBMITTED; null: both). */
    public List<Claim> claims(String state) {
        return caller.send(
                "GET",
                "/api/v1/claims" + (state == null ? "" : "?state=" + state),
                null,
                new TypeReference<List<Claim>>() {});
    }

    public Claim get(String reference) {
        return caller.send("GET", "/api/v1/claims/" + encode(reference), null, Claim.class);
    }

    public Claimed edit(String reference, ClaimEdit edit, String idempotencyKey) {
        return caller.send(
                "PUT", "/api/v1/claims/" + encode(reference), edit, StudentsClient.key(idempotencyKey), Claimed.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
