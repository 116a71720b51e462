package org.examdesk.bot.flows.cases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseModels;
import org.examdesk.admin.client.CasesClient;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.web.Json;

/** For the case-attachment tests: a case opened as a demo user, and a file downloaded with someone's session. */
public final class CaseFiles {
    private CaseFiles() {}

    /** Opens a case as {@code username} through the admin API and answers its number. */
    public static String openCase(URI base, String username) {
        AdminClient admin = new AdminClient(base, HttpClient.newHttpClient(), Json.mapper());
        CasesClient cases = new CasesClient(
                admin.as(admin.login(username, DemoData.PASSWORD).token(), "web"));
        var centre = cases.taxonomy().customerTypes().get(0);
        var issue = centre.issueTypes().get(0);
        var category = issue.categories().get(0);
        return cases.open(new CaseModels.NewCase(
                        centre.value(),
                        issue.value(),
                        category.value(),
                        category.subcategories().get(0).value(),
                        "none",
                        "not-applicable",
                        "Evidence for a locked account",
                        "A student cannot sign in.",
                        "MESSAGE",
                        new CaseModels.Contact(
                                "Priya Shah",
                                "officer@riverside.example",
                                "01632 960000",
                                "United Kingdom",
                                "English",
                                "Riverside Academy"),
                        null))
                .number();
    }

    /** GETs {@code path} (such as a download link the chat showed) with {@code token}: the status and the bytes. */
    public static HttpResponse<byte[]> download(URI base, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
