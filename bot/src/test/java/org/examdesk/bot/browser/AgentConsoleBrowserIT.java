package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.cases.ResponseTargets;
import org.examdesk.admin.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 5 in a real browser: a case opened from the web chat reaches the agent console with its transcript and
 * due date; the agent claims it and replies, and the requester's open chat shows the reply and the resolution
 * live; the reports draw; and the console passes axe-core.
 */
class AgentConsoleBrowserIT {
    private static final Logger log = LoggerFactory.getLogger(AgentConsoleBrowserIT.class);
    private static final String OFFICER = "officer@riverside.example";
    private static final String AGENT = "agent@examdesk.example";
    private static final String AGENT_NAME = "Sofia Marsh";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** As the bot words a due date (CaseDetailsStep). */
    private static final DateTimeFormatter CHAT_DUE = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);
    /** Domain §4: special considerations are answered within 5 working days. */
    private static final int SPECIAL_CONSIDERATION_DAYS = 5;

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("agent-console");

    private Page chatPage;
    private Page consolePage;

    @Test
    void a_case_opened_from_chat_is_claimed_answered_and_resolved_in_the_console_and_the_chat_hears_each_live()
            throws Exception {
        // given: the exams officer opens a case from the web chat, choosing the cascade with buttons
        chatPage = browser.page("agent-chat");
        ChatPage chat = ChatPage.open(chatPage, browser.base()).signInAsStaff(OFFICER, DemoData.PASSWORD);
        chat.say("A candidate fainted during the Biology paper, what can we do?");
        chat.say("open a case");
        chat.choose("Exams officer or centre staff")
                .choose("Entries, bookings and assessment")
                .choose("Special considerations")
                .choose("Illness or injury")
                .choose("GCSE")
                .choose("Biology");
        assertThat(chat.lastBotMessage().locator("form")).isVisible();
        assertThat(chatPage.locator("#log li.bot form.chat-form").last().getByLabel("Subject (one line)"))
                .isFocused();
        assertThat(Axe.seriousOrCritical(Axe.scan(chatPage)))
                .as("axe violations with the case form shown")
                .isEmpty();
        chat.fillForm(
                Map.of(
                        "Subject (one line)",
                        "Candidate fainted in Biology paper 2",
                        "What happened, and what do you need? Names, UCIs or candidate numbers help.",
                        "Candidate 4021 fainted forty minutes into Biology paper 2 and could not finish.",
                        "Phone number",
                        "01632 960000",
                        "Language for our reply",
                        "English"),
                "Continue");
        chat.choose("Send a message (we aim to reply within 48 hours)").choose("Yes, do it");
        String number = caseNumberIn(chatPage.locator("#log .bubble.case").last());
        JsonNode opened = browser.http()
                .get("/api/v1/cases/" + number, browser.http().login(OFFICER, DemoData.PASSWORD))
                .json();
        Instant due = Instant.parse(opened.get("dueAt").asText());
        assertThat(due)
                .isEqualTo(ResponseTargets.dueAt(
                        Instant.parse(opened.get("createdAt").asText()), SPECIAL_CONSIDERATION_DAYS));
        assertThat(chat.botMessageWith("Case " + number + " is open"))
                .containsText("We will reply by " + CHAT_DUE.format(due.atZone(LONDON)) + " at the latest");
        assertThat(chat.lastBotMessage()).containsText("Add a file");
        chatPage.evaluate("() => { window.sameDocument = true; }"); // gone if the chat reloads

        // when: an agent signs in to the console in another browser context and finds the case
        consolePage = browser.page();
        AgentConsole console = AgentConsole.signIn(consolePage, browser.base(), AGENT, DemoData.PASSWORD);
        theDemoDatasMissedTargetsAreMarked(console);
        Locator row = console.turnPagesUntil(number, 40);
        assertThat(row).isVisible();
        assertThat(row).not().hasClass(Pattern.compile("\\bmissed\\b"));
        assertThat(row.locator(".due")).hasText(Pattern.compile("^(\\d+d )?\\d+h( \\d+m)? left$"));

        // then: it carries the transcript and the due date the rules give
        console.open(number);
        assertThat(console.field("Category")).hasText("Special considerations / Illness or injury");
        assertThat(console.field("Qualification")).hasText("GCSE / Biology");
        assertThat(console.field("Target")).containsText(SPECIAL_CONSIDERATION_DAYS + " working days, due");
        assertThat(console.field("Target").locator("time"))
                .hasAttribute("datetime", opened.get("dueAt").asText());
        assertThat(console.field("Target").locator("time"))
                .containsText(DateTimeFormatter.ofPattern("HH:mm").format(due.atZone(LONDON)));
        String transcript = Files.readString(
                console.downloadAttachment("chat-transcript.txt").path());
        assertThat(transcript)
                .contains("A candidate fainted during the Biology paper", "Candidate fainted in Biology paper 2");

        // when: the agent claims it and replies
        console.press("Claim");
        assertThat(consolePage.locator("#claim")).hasText("Claimed by " + AGENT_NAME);
        assertThat(consolePage.locator("#claim")).isDisabled();
        assertThat(console.field("Agent")).hasText(AGENT_NAME);
        assertThat(console.field("Status")).hasText("In progress");
        assertThat(console.row(number).locator("td").nth(4)).hasText(AGENT_NAME);
        console.reply("We have added 25% extra time to the resit booking for candidate 4021.");

        // then: the officer's open chat shows the reply, without reloading
        assertThat(chat.lastBotMessage())
                .containsText(AGENT_NAME + " (case " + number
                        + "): We have added 25% extra time to the resit booking for candidate 4021.");
        assertThat(console.detail().locator(".activity")).containsText("We have added 25% extra time");
        browser.http()
                .post(
                        "/api/v1/cases/" + number + "/comments",
                        "{\"text\":\"The doctor's note is on its way.\"}",
                        browser.http().login(OFFICER, DemoData.PASSWORD));
        assertThat(console.detail().locator(".activity"))
                .containsText(
                        "The doctor's note is on its way.",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(consolePage.locator("#toast")).containsText("New message from the requester");

        // when: the agent resolves it, the chat says so
        console.changeStatus("RESOLVED");
        assertThat(console.field("Status")).hasText("Resolved");
        assertThat(chat.lastBotMessage()).hasText("Case " + number + " is now resolved.");
        assertThat(chatPage.evaluate("() => window.sameDocument === true")).isEqualTo(true);
    }

    /** In the demo data the oldest new cases missed their targets: each is marked, in colour and in words. */
    private static void theDemoDatasMissedTargetsAreMarked(AgentConsole console) {
        Page page = console.page();
        String shown = console.pageInfo().textContent();
        page.locator("#status-filter").selectOption("NEW");
        assertThat(console.pageInfo()).not().hasText(shown);
        Locator mostUrgent = console.rows().first();
        assertThat(mostUrgent).hasClass("missed");
        assertThat(mostUrgent.locator(".due")).hasClass("due missed");
        assertThat(mostUrgent.locator(".due")).hasText(Pattern.compile("^missed by \\S+"));
        assertThat(page.locator("#queue-list .missed").first()).containsText("missed");
        String newOnly = console.pageInfo().textContent();
        page.locator("#status-filter").selectOption("");
        assertThat(console.pageInfo()).not().hasText(newOnly);
    }

    @Test
    void a_link_to_a_case_from_the_agents_slack_channel_opens_that_case_once_signed_in() {
        String token = browser.http().login(AGENT, DemoData.PASSWORD);
        String number = browser.http()
                .get("/api/v1/agent/queue?size=5", token)
                .json()
                .get("items")
                .get(3)
                .get("number")
                .asText();
        consolePage = browser.page();

        AgentConsole console =
                AgentConsole.signIn(consolePage, browser.base(), "/agent#case=" + number, AGENT, DemoData.PASSWORD);

        assertThat(console.detail().locator("h2")).containsText("Case " + number);
    }

    @Test
    void the_reports_tab_draws_cases_per_day_targets_met_by_category_and_queue_and_lists_unanswered_questions() {
        String token = browser.http().login(AGENT, DemoData.PASSWORD);
        consolePage = browser.page();
        AgentConsole.signIn(consolePage, browser.base(), AGENT, DemoData.PASSWORD)
                .showReports();
        JsonNode report =
                browser.http().get("/api/v1/reports/cases?days=30", token).json();
        JsonNode unanswered =
                browser.http().get("/api/v1/reports/unanswered?days=30", token).json();

        Locator perDay = consolePage.locator("svg[aria-label='Cases opened and resolved per day']");
        assertThat(perDay.locator("polyline")).hasCount(2);
        assertThat(perDay.locator("circle")).hasCount(2 * report.get("perDay").size());
        Locator share = consolePage.locator("svg[aria-label='Share of targets met']");
        assertThat(share.locator("circle")).hasCount(2);
        long met = report.at("/overall/met").asLong();
        long decided = met + report.at("/overall/missed").asLong();
        assertThat(share).containsText(Math.round(100.0 * met / decided) + "%");
        Locator byCategory = consolePage.locator("svg[aria-label='Response targets met and missed by category']");
        assertThat(byCategory.locator("rect.met"))
                .hasCount(report.get("byCategory").size());
        assertThat(byCategory.locator("rect.missed"))
                .hasCount(report.get("byCategory").size());
        Locator byQueue = consolePage.locator("svg[aria-label='Response targets met and missed by queue']");
        assertThat(byQueue.locator("rect.met")).hasCount(report.get("byQueue").size());
        assertThat(byQueue).containsText(report.at("/byQueue/0/label").asText());
        assertThat(widestBar(byQueue)).as("some bar has a length").isGreaterThan(0);
        assertThat(unanswered.get("groups").size()).isPositive();
        assertThat(consolePage.locator("ol.gaps > li"))
                .hasCount(unanswered.get("groups").size());
        assertThat(consolePage.locator("ol.gaps > li").first())
                .containsText(unanswered.at("/groups/0/examples/0").asText());
    }

    private static double widestBar(Locator chart) {
        return ((Number) chart.evaluate("svg => Math.max(...[...svg.querySelectorAll('rect')]"
                        + ".map(r => Number(r.getAttribute('width'))))"))
                .doubleValue();
    }

    @Test
    void the_console_has_no_serious_or_critical_accessibility_violations_at_desktop_width() {
        consolePage = browser.page(1280);
        consolePage.navigate(browser.base().resolve("/agent").toString());
        List<Axe.Violation> all = new ArrayList<>(scan("sign-in"));
        AgentConsole console = AgentConsole.signIn(consolePage, browser.base(), AGENT, DemoData.PASSWORD);
        all.addAll(scan("queue"));
        console.open(console.rows().first().getAttribute("data-number"));
        assertThat(consolePage.locator("#detail-title")).isFocused();
        all.addAll(scan("case"));
        console.showReports();
        assertThat(consolePage.locator("ol.gaps > li").first()).isVisible();
        all.addAll(scan("reports"));

        assertThat(Axe.seriousOrCritical(all))
                .as("serious or critical axe violations in the console")
                .isEmpty();
        Locator queuesTab = consolePage.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queues").setExact(true));
        queuesTab.click();
        assertThat(queuesTab).hasAttribute("aria-pressed", "true");
    }

    private List<Axe.Violation> scan(String view) {
        Chromium.screenshot(consolePage, "axe-agent-" + view + "-1280");
        List<Axe.Violation> found = Axe.scan(consolePage);
        log.info("axe agent console, {}: {} violations in all {}", view, found.size(), found);
        Object scrollWidth = consolePage.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as("page width of " + view)
                .isLessThanOrEqualTo(1280);
        return found;
    }

    private static String caseNumberIn(Locator card) {
        assertThat(card).hasText(Pattern.compile("Case \\d{8} \\(NEW\\)"));
        Matcher m = Pattern.compile("\\d{8}").matcher(card.textContent());
        assertThat(m.find()).isTrue();
        return m.group();
    }
}
