package org.examdesk.bot.flows.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.CaseModels.Activity;
import org.examdesk.admin.client.CaseModels.Attachment;
import org.examdesk.admin.client.CaseModels.CaseDetails;
import org.examdesk.admin.client.CaseModels.CasePage;
import org.examdesk.admin.client.CaseModels.CaseSummary;
import org.examdesk.admin.client.CaseModels.Category;
import org.examdesk.admin.client.CaseModels.Choice;
import org.examdesk.admin.client.CaseModels.Contact;
import org.examdesk.admin.client.CaseModels.ContactDefaults;
import org.examdesk.admin.client.CaseModels.CustomerType;
import org.examdesk.admin.client.CaseModels.IssueType;
import org.examdesk.admin.client.CaseModels.NewCase;
import org.examdesk.admin.client.CaseModels.Opened;
import org.examdesk.admin.client.CaseModels.Qualification;
import org.examdesk.admin.client.CaseModels.Taxonomy;

/**
 * Cases in memory for the case flows' unit tests: a small contact-form cascade (one path through it), cases
 * opened and commented on recorded, one existing case, and a 404 for any other number, as the admin API answers.
 */
final class FakeSupportCases implements SupportCases {
    static final String EXISTING = "30018842";
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    final List<NewCase> opened = new ArrayList<>();
    final List<String> comments = new ArrayList<>();
    final Map<String, String> statuses = new HashMap<>(Map.of(EXISTING, "IN_PROGRESS"));
    int taxonomyCalls;

    /** What the requester's previous case gave; a test makes it partial to see the missing details asked for. */
    ContactDefaults defaults = new ContactDefaults(
            "Priya Shah",
            "priya@riverside.example",
            "01632 960000",
            "United Kingdom",
            "English",
            "Riverside School",
            "previous-case");

    @Override
    public Taxonomy taxonomy() {
        taxonomyCalls++;
        Category accounts = new Category(
                "student-accounts",
                "Student accounts",
                List.of(
                        new Choice("wrong-date-of-birth", "Wrong date of birth"),
                        new Choice("locked", "Locked account")));
        IssueType access = new IssueType("accounts-access", "Accounts and access", List.of(accounts));
        return new Taxonomy(
                List.of(new CustomerType("centre", "An exam centre", true, List.of(access))),
                List.of(new Qualification(
                        "none",
                        "No particular qualification",
                        List.of(new Choice("not-applicable", "Not applicable")))));
    }

    @Override
    public Opened open(NewCase request) {
        opened.add(request);
        String number = "4000000" + opened.size();
        statuses.put(number, "OPEN");
        return new Opened(number, "OPEN", NOW.plusSeconds(172_800), "accounts", "Accounts", null);
    }

    /** The last list asked for: its status and sort, as they would go to the admin API. */
    String listedStatus;

    String listedSort;
    final List<Attachment> attachments = new ArrayList<>();
    final List<Activity> activity =
            new ArrayList<>(List.of(new Activity("AGENT_REPLY", "Sam", "We are looking at it", NOW)));

    @Override
    public CasePage mine(String status, String sort) {
        listedStatus = status;
        listedSort = sort;
        List<CaseSummary> items = statuses.keySet().stream()
                .filter(n -> status == null
                        || (status.equals("open")
                                == !List.of("RESOLVED", "CLOSED").contains(statuses.get(n))))
                .sorted()
                .map(n -> new CaseSummary(
                        n,
                        "Locked out",
                        statuses.get(n),
                        "student-accounts",
                        "Student accounts",
                        "accounts",
                        null,
                        NOW.plusSeconds(3_600),
                        false,
                        null,
                        NOW,
                        NOW,
                        null))
                .toList();
        return new CasePage(items, 1, 20, items.size(), NOW);
    }

    @Override
    public CaseDetails find(String number) {
        String status = statuses.get(number);
        if (status == null) {
            throw new AdminApiException(404, "not_found", "There is no such case.", List.of());
        }
        return new CaseDetails(
                number,
                status,
                "Locked out",
                "A student is locked out.",
                "centre",
                "accounts-access",
                "student-accounts",
                "Student accounts",
                "locked",
                "none",
                "not-applicable",
                "MESSAGE",
                "accounts",
                "Accounts",
                null,
                new Contact("Priya Shah", "priya@riverside.example", "01632 960000", "United Kingdom", "English", null),
                2,
                NOW.plusSeconds(3_600),
                false,
                null,
                null,
                NOW,
                NOW,
                null,
                status.equals("CLOSED") ? NOW : null,
                List.copyOf(activity),
                List.copyOf(attachments));
    }

    /** The admin API's rules, as it words them: 10 MB, allowed extensions in lower case. */
    @Override
    public Attachment attach(String number, String fileName, String contentType, byte[] content) {
        find(number);
        if (content.length > 10 * 1024 * 1024) {
            throw new AdminApiException(
                    413, "too_large", "Attachments are limited to 10 MB (10,485,760 bytes) per file.", List.of());
        }
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1);
        if (ext.equals("PDF")) {
            throw new AdminApiException(
                    422, "invalid", "File extensions must be lower case: rename " + fileName + ".", List.of("file"));
        }
        if (!List.of("pdf", "png", "txt").contains(ext)) {
            throw new AdminApiException(422, "invalid", "Files of that type cannot be attached.", List.of("file"));
        }
        Attachment added = new Attachment(
                attachments.size() + 1L, fileName, contentType, content.length, "sha", "Priya Shah", NOW);
        attachments.add(added);
        return added;
    }

    @Override
    public void comment(String number, String text) {
        find(number);
        comments.add(number + ": " + text);
    }

    @Override
    public ContactDefaults contactDefaults() {
        return defaults;
    }
}
