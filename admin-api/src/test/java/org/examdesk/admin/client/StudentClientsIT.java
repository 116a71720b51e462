package org.examdesk.admin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.client.StudentModels.Changed;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.admin.client.StudentModels.StudentPage;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StudentClientsIT {
    private static TestServer server;
    private static AdminClient client;
    private static TestCallers callers;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer().start();
        client = new AdminClient(
                server.base(),
                HttpClient.newHttpClient(),
                Json.mapper(),
                server.api().channelKey());
        callers = server.callers();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_bot_fixes_a_locked_student_through_the_typed_client_and_a_retry_changes_nothing_twice() {
        StudentsClient students = new StudentsClient(client.as(callers.staff(Role.EXAMS_OFFICER, "40123"), "slack"));

        StudentPage locked = students.search(Map.of("status", "LOCKED", "size", "1"));
        long id = locked.items().get(0).id();
        StudentDetail detail = students.get(id);
        Changed first = students.reactivate(id, "bot-retry-42");
        Changed retried = students.reactivate(id, "bot-retry-42");

        assertThat(locked.total()).isPositive();
        assertThat(detail.diagnosis().offers("REACTIVATE")).isTrue();
        assertThat(first.student().status()).isEqualTo("NOT_ACTIVATED");
        assertThat(retried).isEqualTo(first);
        assertThat(students.history(id))
                .extracting(StudentModels.AuditEntry::action)
                .containsExactly("STUDENT_REACTIVATED");
        assertThat(students.history(id).get(0).channel()).isEqualTo("slack");
        assertThatThrownBy(() -> students.reactivate(id, null))
                .isInstanceOf(AdminApiException.class)
                .satisfies(e -> assertThat(((AdminApiException) e).status()).isEqualTo(409));
    }

    @Test
    void the_bot_matches_a_name_through_the_typed_client() {
        StudentsClient students = new StudentsClient(client.as(callers.staff(Role.EXAMS_OFFICER, "40123"), "web"));

        StudentModels.NameMatches found = students.match("can't log in: Zoe Lukasiewicz's account");
        StudentModels.NameMatches twoLiams = students.match("Liam O'Brien", 1);
        StudentModels.NameMatches nearMiss = students.match("Zoey Lukaszewitz");

        assertThat(found.items()).hasSize(1);
        assertThat(found.items().get(0).student().surname()).isEqualTo("Łukasiewicz");
        assertThat(found.items().get(0).matched()).isEqualTo("FULL_NAME");
        assertThat(found.items().get(0).exact()).isTrue();
        assertThat(found.items().get(0).words()).containsExactly("zoe", "lukasiewicz's");
        assertThat(found.closest()).isEmpty();
        assertThat(twoLiams.items()).hasSize(1);
        assertThat(nearMiss.items()).isEmpty();
        assertThat(nearMiss.closest()).startsWith("Zoë Łukasiewicz");
        assertThatThrownBy(() -> students.match(" "))
                .isInstanceOf(AdminApiException.class)
                .satisfies(e -> assertThat(((AdminApiException) e).status()).isEqualTo(422));
    }

    @Test
    void imports_exports_and_the_student_side_work_through_the_typed_clients() {
        String officer = callers.staff(Role.EXAMS_OFFICER, "40456");
        StudentImportsClient imports = new StudentImportsClient(client.as(officer, "web"));

        StudentModels.ImportResult result = imports.upload(
                "s.csv",
                (imports.template() + "Amy,Smith,SHORT,a@x.example," + "01/01/2010,11\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                true);
        String codes = imports.exportVerificationCodes("june-2026", true, false);

        assertThat(result.accepted()).isZero();
        assertThat(imports.rejectedCsv(result.rejectedCsvUrl())).contains("UCI 'SHORT' must be 13");
        assertThat(codes.lines()).hasSize(41);

        StudentsClient students = new StudentsClient(client.as(officer, "web"));
        StudentModels.Student someone =
                students.search(Map.of("status", "ACTIVE", "size", "1")).items().get(0);
        StudentAuthClient bot = new StudentAuthClient(client.as(callers.service(), "web"));
        StudentModels.StudentSession session =
                bot.identityCheck(someone.email(), someone.dateOfBirth().toString(), someone.uci());
        assertThat(new StudentAuthClient(client.as(session.token(), "web")).me().status())
                .isEqualTo("ACTIVE");
        StudentAuthClient admin = new StudentAuthClient(client.as(callers.staff(Role.BOARD_ADMIN, null), "web"));
        assertThat(admin.outbox("nobody@nowhere.example")).isEmpty();
    }
}
