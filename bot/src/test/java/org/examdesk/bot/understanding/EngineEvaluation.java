package org.examdesk.bot.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentModels.Student;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.examdesk.bot.flows.students.StudentAccounts;
import org.examdesk.bot.flows.students.StudentReferences;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchHit;
import org.examdesk.knowledge.SearchRequest;
import org.examdesk.knowledge.SearchResults;
import org.examdesk.knowledge.eval.Question;

/**
 * The figures that need the running application: student references resolved through the admin API as the demo
 * exams officer, slots, and the knowledge evaluation questions asked through the whole engine (the HTTP channel)
 * beside the search's own figures in the same run.
 */
final class EngineEvaluation {
    private EngineEvaluation() {}

    static void run(KnowledgeBase knowledge, boolean misses) throws Exception {
        for (String split : List.of("dev", "test")) {
            Scored slots = slots("slots-" + split + ".tsv");
            System.out.printf(
                    "%-34s n=%4d  slot accuracy %.3f%n", "slots, " + split + " split", slots.n, slots.score());
            if (misses && split.equals("dev")) {
                slots.misses.forEach(m -> System.out.println("  miss: " + m));
            }
        }
        String articles = Files.isDirectory(Path.of("articles")) ? "articles" : "../articles";
        try (TestApp app = new TestApp().env("EXAMDESK_ARTICLES_DIR", articles).start()) {
            TestHttp http = app.http();
            String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
            StudentAccounts students = StudentAccounts.over(
                    new AdminClient(app.base(), HttpClient.newHttpClient(), Json.mapper()).as(officer, "web"));
            StudentReferences references = new StudentReferences(NameWords.of(knowledge));
            for (String split : List.of("dev", "test")) {
                Scored names = names(references, students, "names-" + split + ".tsv");
                System.out.printf(
                        "%-34s n=%4d  name resolution accuracy %.3f%n",
                        "student references, " + split + " split", names.n, names.score());
                if (misses && split.equals("dev")) {
                    names.misses.forEach(m -> System.out.println("  miss: " + m));
                }
            }
            articles(knowledge, http, officer, misses);
        }
    }

    record Scored(int n, int right, List<String> misses) {
        double score() {
            return n == 0 ? 0 : (double) right / n;
        }
    }

    static Scored names(StudentReferences references, StudentAccounts students, String file) {
        int right = 0;
        List<String> missed = new ArrayList<>();
        List<String[]> rows = LabelledSet.rows(file);
        for (String[] row : rows) {
            List<Student> found = references.find(students, row[1]).students();
            List<String> names =
                    found.stream().map(s -> s.forename() + " " + s.surname()).toList();
            String expected = row[0];
            boolean ok;
            if (expected.equals("NONE")) {
                ok = found.isEmpty();
            } else if (expected.startsWith("CHOICE:")) {
                String who = Words.fold(expected.substring(7));
                ok = found.size() > 1
                        && names.stream()
                                .allMatch(n -> Words.fold(n).equals(who)
                                        || Words.fold(n).startsWith(who + " "));
            } else {
                ok = names.size() == 1 && names.get(0).equals(expected);
            }
            if (ok) {
                right++;
            } else {
                missed.add(expected + " <- " + row[1] + " found " + names);
            }
        }
        return new Scored(rows.size(), right, missed);
    }

    static Scored slots(String file) {
        int right = 0;
        List<String> missed = new ArrayList<>();
        List<String[]> rows = LabelledSet.rows(file);
        for (String[] row : rows) {
            String got = slot(row[0], row[2]);
            if (got.equalsIgnoreCase(row[1])) {
                right++;
            } else {
                missed.add(row[0] + " " + row[1] + " <- " + row[2] + " got " + got);
            }
        }
        return new Scored(rows.size(), right, missed);
    }

    /** What the flows make of an answer, in the labels of the slot sets. */
    static String slot(String question, String text) {
        return switch (question) {
            case "new_email" -> Slots.newEmail(text, null).orElse("NONE");
            case "reason" -> Slots.removalReason(text).orElse("NONE");
            case "delay_days" -> {
                Slots.Days days = Slots.days(text);
                yield days.ambiguous()
                        ? "ASK"
                        : days.days().filter(d -> d <= 14).map(String::valueOf).orElse("INVALID");
            }
            case "choice" -> {
                int i = Slots.choice(
                        text,
                        List.of(
                                "Amelia Smith, year 10, UCI 401232600011A",
                                "Amelia Smith, year 12, UCI 401232600022B",
                                "Amelia Smith, year 13, UCI 401232600033C"));
                yield i < 0 ? "NONE" : String.valueOf(i + 1);
            }
            case "yes_no" -> Slots.yesNo(text).name();
            default -> throw new IllegalArgumentException(question);
        };
    }

    /**
     * hit@1, hit@3 and MRR of the cards the chat shows, beside the search's own, on the in-scope knowledge
     * questions, and the share of out-of-scope ones shown no article. They are split once, by position
     * ({@link Question#split}: every third question is test), the same split the search's confidence is calibrated
     * on, so that the chat's answering can be improved on the dev questions without looking at the test ones;
     * misses are listed for dev only.
     */
    static void articles(KnowledgeBase knowledge, TestHttp http, String officer, boolean misses) throws Exception {
        Path file = Path.of(Files.isDirectory(Path.of("knowledge")) ? "knowledge" : "../knowledge")
                .resolve("src/test/resources/eval/questions.tsv");
        Question.Split splits = Question.split(Question.read(file));
        for (String split : List.of("dev", "test")) {
            List<Question> all = split.equals("dev") ? splits.dev() : splits.test();
            List<Question> questions = all.stream().filter(Question::inScope).toList();
            outOfScope(http, all.stream().filter(q -> !q.inScope()).toList(), split);
            for (String who : List.of("anonymous", "exams officer")) {
                double[] chat = new double[3];
                double[] search = new double[3];
                double[] answered = new double[3];
                List<String> missed = new ArrayList<>();
                for (Question q : questions) {
                    List<String> cards = new ArrayList<>();
                    ChatDriver driver = new ChatDriver(http, who.equals("anonymous") ? null : officer);
                    for (JsonNode reply : driver.say(q.text())) {
                        if ("article".equals(reply.path("type").asText())) {
                            cards.add(reply.path("id").asText());
                        }
                    }
                    add(chat, cards, q.expected());
                    SearchResults results = knowledge.search(SearchRequest.of(q.text(), 3));
                    List<String> hits =
                            results.hits().stream().map(SearchHit::id).toList();
                    add(search, hits, q.expected());
                    add(answered, results.confident() ? hits : List.of(), q.expected());
                    if (cards.isEmpty() || !q.expected().contains(cards.get(0))) {
                        boolean inTop3 = cards.stream().limit(3).anyMatch(q.expected()::contains);
                        missed.add((inTop3 ? "(hit@3) " : "(MISS@3) ") + q.text() + " " + q.expected() + " -> "
                                + (cards.isEmpty() ? Optional.of(driver.text().replace('\n', ' ')) : cards));
                    }
                }
                int n = questions.size();
                System.out.printf(
                        "%-34s n=%4d  chat hit@1 %.3f hit@3 %.3f MRR %.3f | search hit@1 %.3f hit@3 %.3f"
                                + " MRR %.3f | search when confident hit@1 %.3f hit@3 %.3f MRR %.3f%n",
                        "articles, " + split + ", " + who,
                        n,
                        chat[0] / n,
                        chat[1] / n,
                        chat[2] / n,
                        search[0] / n,
                        search[1] / n,
                        search[2] / n,
                        answered[0] / n,
                        answered[1] / n,
                        answered[2] / n);
                if (misses && split.equals("dev")) {
                    missed.forEach(m -> System.out.println("  miss: " + m));
                }
            }
        }
    }

    /** Out-of-scope questions asked anonymously: the share the chat shows no article for. */
    private static void outOfScope(TestHttp http, List<Question> questions, String split) throws Exception {
        int none = 0;
        for (Question q : questions) {
            ChatDriver driver = new ChatDriver(http, null);
            boolean card = false;
            for (JsonNode reply : driver.say(q.text())) {
                card |= "article".equals(reply.path("type").asText());
            }
            none += card ? 0 : 1;
        }
        System.out.printf(
                "%-34s n=%4d  shown no article %.3f%n",
                "out of scope, " + split, questions.size(), questions.isEmpty() ? 0 : (double) none / questions.size());
    }

    private static void add(double[] sums, List<String> ids, Set<String> expected) {
        for (int i = 0; i < Math.min(3, ids.size()); i++) {
            if (expected.contains(ids.get(i))) {
                sums[0] += i == 0 ? 1 : 0;
                sums[1] += 1;
                sums[2] += 1.0 / (i + 1);
                return;
            }
        }
    }
}
