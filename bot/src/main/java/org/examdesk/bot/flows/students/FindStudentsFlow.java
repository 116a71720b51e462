package org.examdesk.bot.flows.students;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentModels.StudentPage;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * "Show me all locked year 11 students", "students created this week": lists the students' results accounts the
 * filters read from the words ({@link FilterWords}) select, through the admin API's search as the person talking
 * (which decides who may see them): a table of at most {@link #PAGE} rows with the total, "more" for the next page,
 * and, when the rows hold locked or failed-activation accounts, an offer to reactivate them all, handed to
 * {@link BulkReactivateFlow} (which confirms first).
 */
public final class FindStudentsFlow implements Flow {
    static final String NAME = "find_students";
    static final int PAGE = 20;
    static final String MORE = "more";
    static final String REACTIVATE = "reactivate";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern MORE_WORDS = Pattern.compile("\\b(more|next(\\s+page)?|rest|keep\\s+going)\\b");
    private static final Pattern REACTIVATE_WORDS = Pattern.compile("\\b(re-?activate|unlock)\\w*");

    /** The search shown: its filters, in words, and the page last shown. */
    record Search(StudentFilters filters, String described, int page) {}

    enum Step {
        RESULTS
    }

    private final Function<AdminClient.Caller, StudentAccounts> accounts;
    private final BulkReactivateFlow bulk;
    private final Clock clock;

    /** {@code bulk} takes over "reactivate all of these", with the students found. */
    public FindStudentsFlow(
            Function<AdminClient.Caller, StudentAccounts> accounts, BulkReactivateFlow bulk, Clock clock) {
        this.accounts = accounts;
        this.bulk = bulk;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Anyone: students and visitors are told the search is for centre staff. */
    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return intent.is(NAME);
    }

    @Override
    public boolean continuesWith(Intent intent, FlowState state) {
        return state.at(Step.RESULTS)
                && REACTIVATE_WORDS
                        .matcher(intent.text().toLowerCase(Locale.ROOT))
                        .find();
    }

    @Override
    public String offer(Intent intent) {
        return "Search the students now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        if (!turn.speaker().isStaff()) {
            turn.say("Searching students' results accounts is for centre staff: exams officers, managers and "
                    + "assistants. If your own results account is the trouble, tell me what happens when you sign in.");
            return;
        }
        search(turn, intent.text());
    }

    @Override
    public void resume(Turn turn) {
        String said = turn.action() != null ? turn.action() : turn.text().toLowerCase(Locale.ROOT);
        if (said.equals(REACTIVATE) || REACTIVATE_WORDS.matcher(said).find()) {
            reactivateAll(turn);
        } else if (said.equals(MORE) || MORE_WORDS.matcher(said).find()) {
            Search shown = turn.state().read(Search.class);
            show(turn, new Search(shown.filters(), shown.described(), shown.page() + 1));
        } else if (turn.text() != null) {
            search(turn, turn.text());
        } else {
            turn.say("That button no longer applies. What would you like to do?");
        }
    }

    private void search(Turn turn, String text) {
        FilterWords.Read read = FilterWords.read(text, LocalDate.now(clock.withZone(UK)));
        turn.state().clear();
        if (!read.ok()) {
            turn.say(read.problem());
            return;
        }
        show(turn, new Search(read.filters(), read.filters().described(), 1));
    }

    private void show(Turn turn, Search search) {
        Map<String, String> query = new LinkedHashMap<>(search.filters().query());
        query.put("page", Integer.toString(search.page()));
        query.put("size", Integer.toString(PAGE));
        query.put("sort", "surname");
        StudentPage page;
        try {
            page = accounts.apply(turn.admin()).search(query);
        } catch (AdminApiException e) {
            if (e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            turn.state().clear();
            turn.say(e.getMessage());
            return;
        }
        answer(turn, search, page);
    }

    private void answer(Turn turn, Search search, StudentPage page) {
        long total = page.total();
        int first = (search.page() - 1) * PAGE + 1;
        if (page.items().isEmpty()) {
            turn.state().clear();
            turn.say(
                    total == 0
                            ? "No students " + search.described() + "."
                            : "That was all " + total + " students " + search.described() + ".");
            return;
        }
        int last = first + page.items().size() - 1;
        turn.say((total == 1 ? "1 student " : total + " students ") + search.described() + "."
                + (total > page.items().size() ? " Showing " + first + " to " + last + "." : ""));
        turn.add(StudentFilters.table("Students " + search.described(), page.items()));
        List<Reply.Option> next = new ArrayList<>();
        boolean reactivatable = page.items().stream().anyMatch(s -> StudentFilters.REACTIVATABLE.contains(s.status()));
        if (reactivatable) {
            next.add(turn.option("Reactivate all of these", REACTIVATE));
        }
        if (last < total) {
            next.add(turn.option("Show the next " + Math.min(PAGE, total - last), MORE));
        }
        if (next.isEmpty()) {
            turn.state().clear();
            return;
        }
        turn.state().enter(NAME, Step.RESULTS);
        turn.state().write(search);
        turn.choices(
                reactivatable
                        ? "Reactivate all of these? I'll list the locked and failed-activation ones and ask you to "
                                + "confirm first."
                                + (last < total ? " Or say \"more\" for the next page." : "")
                        : "Say \"more\" for the next page.",
                next);
    }

    /** Every locked or failed-activation student the search shown selects, handed to the bulk reactivation. */
    private void reactivateAll(Turn turn) {
        StudentFilters filters = turn.state().read(Search.class).filters();
        List<String> only = filters.reactivatable();
        turn.state().clear();
        if (only.isEmpty()) {
            turn.say("None of these students is locked or failed activation, so there is nothing to reactivate.");
            return;
        }
        StudentFilters narrowed = filters.withStatuses(only);
        Map<String, String> query = new LinkedHashMap<>(narrowed.query());
        query.put("size", Integer.toString(BulkReactivateFlow.MAX_STUDENTS));
        query.put("sort", "surname");
        StudentPage page = accounts.apply(turn.admin()).search(query);
        String kind =
                only.size() == 1 ? Wording.status(only.get(0)).toLowerCase(Locale.ROOT) : "locked or failed-activation";
        bulk.propose(turn, page, kind, " " + narrowed.withStatuses(List.of()).described());
    }
}
