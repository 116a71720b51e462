package org.examdesk.admin.students;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/v1/students/match} against the demo's named students (demo/StudentSeeder: Zoë Łukasiewicz,
 * Siobhán O'Connor, Mary-Jane Smith-Jones, two Liam O'Briens at Riverside; Katarzyna Wiśniewska at Hillside).
 * Nothing here changes a student, so the tests share one database.
 */
class NameMatchIT {
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String officer;
    private static String hillsideOfficer;
    private static String agent;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        officer = api.callers().staff(Role.EXAMS_OFFICER, "40123");
        hillsideOfficer = api.callers().staff(Role.EXAMS_OFFICER, "40456");
        agent = api.callers().staff(Role.SUPPORT_AGENT, null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Response match(String q, String token) {
        return http.get("/api/v1/students/match?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token);
    }

    private static JsonNode items(String q) {
        Response response = match(q, officer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items");
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(i.at("/student/forename").asText() + " "
                + i.at("/student/surname").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    @ParameterizedTest(name = "\"{0}\" names {1} ({2})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            zoe lukasiewicz           | Zoë Łukasiewicz         | FULL_NAME
            ZOË ŁUKASIEWICZ           | Zoë Łukasiewicz         | FULL_NAME
            Lukasiewicz Zoe           | Zoë Łukasiewicz         | FULL_NAME
            lukasiewicz               | Zoë Łukasiewicz         | SURNAME
            Siobhan                   | Siobhán O'Connor        | FORENAME
            o'connor                  | Siobhán O'Connor        | SURNAME
            O’Connor                  | Siobhán O'Connor        | SURNAME
            oconnor                   | Siobhán O'Connor        | SURNAME
            o connor                  | Siobhán O'Connor        | SURNAME
            siobhán o connor          | Siobhán O'Connor        | FULL_NAME
            smith-jones               | Mary-Jane Smith-Jones   | SURNAME
            smithjones                | Mary-Jane Smith-Jones   | SURNAME
            mary jane                 | Mary-Jane Smith-Jones   | FORENAME
            maryjane                  | Mary-Jane Smith-Jones   | FORENAME
            jane                      | Mary-Jane Smith-Jones   | FORENAME
            mary jones                | Mary-Jane Smith-Jones   | FULL_NAME
            Mary-Jane Smith-Jones     | Mary-Jane Smith-Jones   | FULL_NAME
            okafor                    | Oluwaseun Adeyemi-Okafor | SURNAME
            adeyemi okafor            | Oluwaseun Adeyemi-Okafor | SURNAME
            mc donald                 | Ewan McDonald           | SURNAME
            mcdonald                  | Ewan McDonald           | SURNAME
            ewan mc donald            | Ewan McDonald           | FULL_NAME
            mac leod                  | Niamh MacLeod           | SURNAME
            d'arcy                    | Aoife D'Arcy            | SURNAME
            darcy                     | Aoife D'Arcy            | SURNAME
            aoife d arcy              | Aoife D'Arcy            | FULL_NAME
            bjorn angstrom            | Björn Ångström          | FULL_NAME
            jose garcia               | José García             | FULL_NAME
            francois lefevre          | François Lefèvre        | FULL_NAME
            chloe dubois              | Chloé Dubois            | FULL_NAME
            """)
    void names_match_ignoring_case_accents_apostrophes_hyphens_and_spaces(String q, String name, String tier) {
        JsonNode items = items(q);

        assertThat(names(items)).as(q).containsExactly(name);
        assertThat(items.at("/0/matched").asText()).isEqualTo(tier);
        assertThat(items.at("/0/exact").asBoolean()).isTrue();
    }

    @Test
    void the_answer_names_the_query_words_that_matched_as_given_and_carries_the_student_as_the_search_does() {
        JsonNode item = items("Please check Zoe Lukasiewicz").get(0);
        JsonNode searched = http.get(
                        "/api/v1/students?uci=" + item.at("/student/uci").asText(), officer)
                .json()
                .at("/items/0");

        assertThat(texts(item.get("words"))).containsExactly("zoe", "lukasiewicz");
        assertThat(item.get("student")).isEqualTo(searched);
        assertThat(texts(items("Mary Jane Smith Jones").get(0).get("words")))
                .containsExactly("mary", "jane", "smith", "jones");
    }

    @Test
    void one_typo_in_a_long_name_still_matches_but_not_as_exact() {
        JsonNode substituted = items("Zoe Lukasiewitz");
        JsonNode swapped = items("Chloe Dubios");
        JsonNode inserted = items("Siobhan OConnnor");

        assertThat(names(substituted)).containsExactly("Zoë Łukasiewicz");
        assertThat(substituted.at("/0/matched").asText()).isEqualTo("FULL_NAME");
        assertThat(substituted.at("/0/exact").asBoolean()).isFalse();
        assertThat(names(swapped)).containsExactly("Chloé Dubois");
        assertThat(swapped.at("/0/exact").asBoolean()).isFalse();
        assertThat(names(inserted)).containsExactly("Siobhán O'Connor");
        assertThat(items("Shan"))
                .as("a word under 5 letters must match exactly")
                .isEmpty();
        assertThat(items("Lukaszewizc Zoey")).as("two edits are too many").isEmpty();
    }

    @Test
    void every_single_typo_of_a_name_of_5_letters_or_more_is_found_and_none_of_a_shorter_word() {
        List<String> wrong = new ArrayList<>();
        for (String[] name : new String[][] {
            {"lukasiewicz", "SURNAME", "Zoë Łukasiewicz"},
            {"niamh", "FORENAME", "Niamh MacLeod"},
            {"dubois", "SURNAME", "Chloé Dubois"}
        }) {
            for (String typo : typos(name[0])) {
                JsonNode items = items(typo);
                String expected = typo.length() >= 5 ? name[2] + " " + name[1] + " false" : "no one";
                String got = items.isEmpty()
                        ? "no one"
                        : String.join(", ", names(items)) + " "
                                + items.at("/0/matched").asText() + " "
                                + items.at("/0/exact").asText();
                if (!got.equals(expected)) {
                    wrong.add(typo + ": " + got + " instead of " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Every deletion, substitution (by x), insertion (of x) and swap of adjacent letters of {@code word}. */
    private static List<String> typos(String word) {
        Set<String> typos = new LinkedHashSet<>();
        for (int i = 0; i < word.length(); i++) {
            typos.add(word.substring(0, i) + word.substring(i + 1));
            typos.add(word.substring(0, i) + 'x' + word.substring(i + 1));
            if (i + 1 < word.length()) {
                typos.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        for (int i = 0; i <= word.length(); i++) {
            typos.add(word.substring(0, i) + 'x' + word.substring(i));
        }
        typos.remove(word);
        return List.copyOf(typos);
    }

    @Test
    void a_surname_alone_and_a_forename_alone_answer_on_that_name_ordered_by_surname() {
        JsonNode surname = items("Sharma");
        JsonNode forename = items("priya");

        assertThat(names(surname)).containsExactly("Priya Sharma");
        assertThat(surname.at("/0/matched").asText()).isEqualTo("SURNAME");
        assertThat(names(forename)).containsExactly("Priya Shah", "Priya Sharma");
        assertThat(forename.findValuesAsText("matched")).containsOnly("FORENAME");
    }

    @Test
    void only_the_best_tier_is_answered_and_exact_comes_before_one_edit() {
        assertThat(names(items("Priya Sharma"))).containsExactly("Priya Sharma");
        assertThat(names(items("Priya Shah"))).containsExactly("Priya Shah");
        JsonNode smithJones = items("smith jones");
        assertThat(smithJones.findValuesAsText("matched")).containsOnly("SURNAME");
        assertThat(names(smithJones).get(0))
                .as("the name that uses both words first")
                .isEqualTo("Mary-Jane Smith-Jones");
        assertThat(smithJones).hasSize(8);
        JsonNode mixed = items("Oconnor Obrian");
        assertThat(names(mixed)).containsExactly("Siobhán O'Connor", "Liam O'Brien", "Liam O'Brien");
        assertThat(mixed.findValuesAsText("exact")).containsExactly("true", "false", "false");
    }

    @Test
    void titles_possessives_and_other_words_are_left_out() {
        JsonNode possessive = items("Is Mrs O'Connor's account locked?");
        JsonNode title = items("dr. Lefèvre’s results");

        assertThat(names(possessive)).containsExactly("Siobhán O'Connor");
        assertThat(texts(possessive.at("/0/words"))).containsExactly("o'connor's");
        assertThat(names(title)).containsExactly("François Lefèvre");
        assertThat(items("Mr Ms Miss Mx Dr Mrs")).isEmpty();
        assertThat(match("Mr Ms Miss Mx Dr Mrs", officer).json().get("closest")).isEmpty();
    }

    @Test
    void two_students_with_the_same_name_are_both_answered() {
        JsonNode items = items("Liam O'Brien");

        assertThat(names(items)).containsExactly("Liam O'Brien", "Liam O'Brien");
        assertThat(items.findValuesAsText("matched")).containsOnly("FULL_NAME");
        assertThat(items.findValuesAsText("uci")).doesNotHaveDuplicates();
        assertThat(items.findValues("schoolYear")).extracting(JsonNode::asInt).containsExactlyInAnyOrder(10, 12);
    }

    @Test
    void a_name_known_only_at_another_centre_answers_exactly_as_an_unknown_name() {
        Response foreign = match("Katarzyna Wiśniewska", officer);
        Response unknown = match("Katarzyna Wiśniewska-Nobody Xyzzyq", officer);
        Response atHillside = match("Katarzyna Wisniewska", hillsideOfficer);

        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.json().get("items")).isEmpty();
        assertThat(texts(foreign.json().get("closest"))).allMatch(NameMatchIT::atRiverside);
        assertThat(unknown.json().get("items")).isEmpty();
        assertThat(names(atHillside.json().get("items"))).containsExactly("Katarzyna Wiśniewska");
        assertThat(names(match("Zoe Lukasiewicz", hillsideOfficer).json().get("items")))
                .isEmpty();
        assertThat(texts(match("Zoey Lukaszewitz", hillsideOfficer).json().get("closest")))
                .doesNotContain("Zoë Łukasiewicz");
    }

    private static boolean atRiverside(String name) {
        return jdbi.withHandle(
                        h -> h.createQuery("select count(*) from students s join centres c on c.id = s.centre_id "
                                        + "where c.number = '40123' and s.forename || ' ' || s.surname = :name")
                                .bind("name", name)
                                .mapTo(Long.class)
                                .one())
                > 0;
    }

    @Test
    void an_agent_matches_across_centres() {
        JsonNode hillside = match("Katarzyna Wisniewska", agent).json().get("items");
        JsonNode riverside = match("Zoe Lukasiewicz", agent).json().get("items");

        assertThat(names(hillside)).containsExactly("Katarzyna Wiśniewska");
        assertThat(hillside.at("/0/student/centre/number").asText()).isEqualTo("40456");
        assertThat(names(riverside)).containsExactly("Zoë Łukasiewicz");
        assertThat(riverside.at("/0/student/centre/number").asText()).isEqualTo("40123");
    }

    @Test
    void a_near_miss_answers_no_items_and_the_closest_names_in_scope() {
        Response response = match("Zoey Lukaszewitz", officer);

        assertThat(response.json().get("items")).isEmpty();
        assertThat(texts(response.json().get("closest"))).hasSizeBetween(1, 3).startsWith("Zoë Łukasiewicz");
        assertThat(match("Qqqq Xxxxxx", officer).json().get("closest")).isEmpty();
        assertThat(match("Liam O'Brien", officer).json().get("closest"))
                .as("only when nothing matched")
                .isEmpty();
    }

    @Test
    void limit_caps_the_items() {
        Response response = http.get("/api/v1/students/match?q=smith&limit=3", officer);

        assertThat(response.json().get("items")).hasSize(3);
        assertThat(response.json().get("items").findValuesAsText("surname")).containsOnly("Smith");
    }

    @Test
    void a_teacher_a_student_and_anyone_signed_out_may_not_match() {
        String teacher = api.callers().staff(Role.TEACHER, "40123");
        long someone = jdbi.withHandle(h ->
                h.createQuery("select min(id) from students").mapTo(Long.class).one());

        assertThat(match("Zoe", teacher).status()).isEqualTo(403);
        assertThat(match("Zoe", api.callers().student(someone)).status()).isEqualTo(403);
        assertThat(match("Zoe", null).status()).isEqualTo(401);
    }

    @Test
    void a_missing_blank_or_too_long_query_or_a_bad_limit_is_a_422_in_the_one_error_shape() {
        for (String query : new String[] {"", "?q=", "?q=%20%20%20", "?q=" + "a".repeat(201)}) {
            Response response = http.get("/api/v1/students/match" + query, officer);

            assertThat(response.status()).as(query).isEqualTo(422);
            assertThat(response.json().get("error").asText()).isEqualTo("invalid");
            assertThat(response.json().get("message").asText()).contains("1 to 200 characters");
            assertThat(response.json().get("requestId").asText()).isNotBlank();
            assertThat(texts(response.json().get("details"))).containsExactly("q");
        }
        for (String limit : new String[] {"0", "21", "many"}) {
            Response response = http.get("/api/v1/students/match?q=zoe&limit=" + limit, officer);
            assertThat(response.status()).as(limit).isEqualTo(422);
            assertThat(texts(response.json().get("details"))).containsExactly("limit");
        }
        assertThat(http.get("/api/v1/students/match?q=%20" + "a".repeat(200) + "%20", officer)
                        .status())
                .as("200 characters after trimming")
                .isEqualTo(200);
        assertThat(match("ß".repeat(200), officer).status())
                .as("folds to 400 letters")
                .isEqualTo(200);
        assertThat(names(items("Zoe\u0000Lukasiewicz")))
                .as("a control character separates words")
                .containsExactly("Zoë Łukasiewicz");
    }
}
