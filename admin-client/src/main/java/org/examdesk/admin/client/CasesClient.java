package org.examdesk.admin.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.examdesk.admin.client.CaseModels.Attachment;
import org.examdesk.admin.client.CaseModels.CaseDetails;
import org.examdesk.admin.client.CaseModels.CasePage;
import org.examdesk.admin.client.CaseModels.CaseSummary;
import org.examdesk.admin.client.CaseModels.ContactDefaults;
import org.examdesk.admin.client.CaseModels.NewCase;
import org.examdesk.admin.client.CaseModels.Opened;
import org.examdesk.admin.client.CaseModels.Taxonomy;

/**
 * The typed client of {@code /api/v1/cases} for the bot: every call is made as the person the
 * {@link AdminClient.Caller} stands for (the bot's service token opens cases for anonymous visitors).
 * Errors arrive as {@link AdminApiException} with the API's message and the fields at fault.
 */
public final class CasesClient {
    private final AdminClient.Caller caller;

    public CasesClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    public Taxonomy taxonomy() {
        return caller.send("GET", "/api/v1/cases/taxonomy", null, Taxonomy.class);
    }

    public ContactDefaults contactDefaults() {
        return caller.send("GET", "/api/v1/cases/contact-defaults", null, ContactDefaults.class);
    }

    public Opened open(NewCase request) {
        return caller.send("POST", "/api/v1/cases", request, Opened.class);
    }

    /** The caller's own cases; status and sort may be null ("created", "-created", "updated", "due", "status"). */
    public CasePage mine(String status, String sort, int page) {
        return caller.send(
                "GET",
                "/api/v1/cases"
                        + query(Map.of(
                                "mine",
                                "true",
                                "status",
                                nz(status),
                                "sort",
                                nz(sort),
                                "page",
                                Integer.toString(page))),
                null,
                CasePage.class);
    }

    /** One case with its history; 404 (as {@link AdminApiException}) when it is not the caller's. */
    public CaseDetails find(String number) {
        return caller.send("GET", "/api/v1/cases/" + encode(number), null, CaseDetails.class);
    }

    public CaseDetails comment(String number, String text) {
        return caller.send(
                "POST", "/api/v1/cases/" + encode(number) + "/comments", Map.of("text", text), CaseDetails.class);
    }

    /**
     * Attaches a file to one of the caller's cases (multipart field {@code file}); the admin API checks the size
     * (10 MB), the extension (allowed, lower case) and the content, and refuses with a sentence otherwise.
     */
    public Attachment attach(String number, String fileName, String contentType, byte[] content) {
        return caller.postFile(
                "/api/v1/cases/" + encode(number) + "/attachments",
                Map.of(),
                new Multipart.FilePart(
                        "file", fileName, contentType == null ? "application/octet-stream" : contentType, content),
                Attachment.class);
    }

    /** The path that downloads an attachment, for the requester, their centre's staff and agents. */
    public static String attachmentPath(String number, long id) {
        return "/api/v1/cases/" + encode(number) + "/attachments/" + id;
    }

    /** Agents: a page of a queue (null for every queue), open cases unless a status is given. */
    public CasePage queue(String queue, String status, int page) {
        return caller.send(
                "GET",
                "/api/v1/agent/queue"
                        + query(Map.of("queue", nz(queue), "status", nz(status), "page", Integer.toString(page))),
                null,
                CasePage.class);
    }

    public CaseSummary claim(String number) {
        return caller.send("POST", "/api/v1/cases/" + encode(number) + "/claim", null, CaseSummary.class);
    }

    public CaseDetails reply(String number, String text) {
        return caller.send(
                "POST", "/api/v1/cases/" + encode(number) + "/replies", Map.of("text", text), CaseDetails.class);
    }

    public CaseDetails setStatus(String number, String status, String note) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("note", note);
        return caller.send("PUT", "/api/v1/cases/" + encode(number) + "/status", body, CaseDetails.class);
    }

    private static String query(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((name, value) -> {
            if (!value.isEmpty()) {
                out.append(out.length() == 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(encode(value));
            }
        });
        return out.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
