package org.examdesk.admin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.client.LearnerModels.OrderLearner;
import org.examdesk.admin.client.LearnerModels.OrderRequest;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LearnersClientIT {
    private static TestServer server;
    private static LearnersClient learners;

    @BeforeAll
    static void start() {
        server = new TestServer().start();
        AdminClient client = new AdminClient(server.base(), HttpClient.newHttpClient(), Json.mapper());
        learners = new LearnersClient(client.as(server.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123"), "slack"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_bot_finds_a_learner_registers_them_after_the_preview_and_reads_results() {
        long learner = server.jdbi()
                .withHandle(h -> h.createQuery("select l.id from learners l join centres c on c.id = l.centre_id "
                                + "where c.number = '40123' and not exists (select 1 from registrations r "
                                + "where r.learner_id = l.id) order by l.id desc limit 1")
                        .mapTo(Long.class)
                        .one());
        String product = learners.products("education").get(0).reference();
        OrderRequest order = new OrderRequest(
                List.of(product),
                List.of(new OrderLearner(learner, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30))),
                null);

        LearnerModels.Order preview = learners.preview(order);
        LearnerModels.Order placed = learners.place(order, "client-order-0001");
        LearnerModels.Order retried = learners.place(order, "client-order-0001");

        assertThat(preview.preview()).isTrue();
        assertThat(placed.orderId()).isNotNull();
        assertThat(placed.totalPence()).isEqualTo(preview.totalPence());
        assertThat(retried).isEqualTo(placed);
        assertThat(learners.get(learner).history().active())
                .extracting(LearnerModels.Registration::productReference)
                .containsExactly(product);
        assertThat(learners.search(Map.of("q", "Chloe Evans")).total()).isPositive();
        assertThat(learners.match("what did chloe evans get").items())
                .extracting(m -> m.learner().givenName() + " " + m.learner().familyName() + " " + m.matched())
                .contains("Chloe Evans FULL_NAME");
        assertThat(learners.results(Map.of("givenName", "Chloe", "familyName", "Evans"))
                        .items())
                .isNotEmpty();
        assertThatThrownBy(() -> learners.place(order, null))
                .isInstanceOf(AdminApiException.class)
                .satisfies(e -> assertThat(((AdminApiException) e).status()).isEqualTo(409));
    }

    @Test
    void the_bot_makes_the_one_amendment_and_is_told_of_the_specialist_the_second_time() {
        long amir = server.jdbi().withHandle(h -> h.createQuery("select id from learners where given_name = 'Amir' "
                        + "and family_name = 'Khan' order by id desc limit 1")
                .mapTo(Long.class)
                .one());

        assertThatThrownBy(() -> learners.amend(amir, "dateOfBirth", "2009-05-03", null))
                .isInstanceOf(AdminApiException.class)
                .satisfies(e -> {
                    assertThat(((AdminApiException) e).status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("account specialist");
                });
    }

    @Test
    void the_bot_uploads_a_group_fixes_and_removes_records_submits_it_and_finds_its_learners() {
        byte[] file = (learners.groupTemplate().trim() + "\r\nZoë,Łukasiewicz,3 May 2009,F,\r\n"
                        + "Noah,Fischer,31/02/2010,M,\r\nKai,Twice,2009-04-04,,\r\nKai,Twice,2009-04-04,,\r\n")
                .getBytes(StandardCharsets.UTF_8);

        LearnerModels.LearnerGroup uploaded =
                learners.uploadGroup("Client group", "client.csv", file, "client-group-0001");
        LearnerModels.LearnerGroup checked = Await.atMost(Await.DEFAULT)
                .until("the group to be checked", () -> learners.group(uploaded.id()), g -> g.state()
                        .equals("VALIDATED"));
        LearnerModels.GroupRecordPage invalid = learners.groupRecords(uploaded.id(), false, 1, 50);
        String invalidCsv = learners.groupRecordsCsv(uploaded.id(), false);
        LearnerModels.GroupChange fixed = learners.amendGroupRecord(
                uploaded.id(), 3, LearnerModels.RecordChange.of("dateOfBirth", "28/02/2010"), "client-fix-0001");
        LearnerModels.GroupChange removed = learners.removeGroupRecord(uploaded.id(), 5, null);
        LearnerModels.GroupSubmitted submitted = learners.submitGroup(uploaded.id(), "client-submit-0001");

        assertThat(uploaded.state()).isEqualTo("VALIDATING");
        assertThat(checked.valid()).isEqualTo(2);
        assertThat(learners.groups("Client group", 1, 10).items())
                .extracting(LearnerModels.LearnerGroup::id)
                .containsExactly(uploaded.id());
        assertThat(invalid.items()).extracting(LearnerModels.GroupRecord::n).containsExactly(3, 5);
        assertThat(invalid.items().get(0).reasons())
                .extracting(LearnerModels.RecordReason::field)
                .containsExactly("dateOfBirth");
        assertThat(invalidCsv).contains("31/02/2010").doesNotContain("Łukasiewicz");
        assertThat(fixed.record().valid()).isTrue();
        assertThat(removed.removed()).isEqualTo(1);
        assertThat(removed.group().invalid()).isZero();
        assertThat(submitted.created()).isEqualTo(3);
        assertThat(submitted.group().state()).isEqualTo("SUBMITTED");
        assertThat(learners.search(Map.of("group", String.valueOf(uploaded.id())))
                        .total())
                .isEqualTo(3);
        assertThatThrownBy(() -> learners.removeInvalidGroupRecords(uploaded.id(), null))
                .isInstanceOf(AdminApiException.class)
                .satisfies(e -> assertThat(((AdminApiException) e).status()).isEqualTo(409));
    }

    @Test
    void the_bot_registers_a_new_learner_created_in_the_same_order() {
        LearnerModels.NewLearner amara =
                new LearnerModels.NewLearner("Amara", "Okonkwo-Smith", LocalDate.of(2010, 1, 15), "Female", null);
        OrderRequest order = new OrderRequest(
                List.of("603/5836/0"),
                List.of(OrderLearner.creating(amara, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30))),
                null);

        LearnerModels.Order preview = learners.preview(order);
        LearnerModels.Order placed = learners.place(order, "client-new-learner-0001");

        assertThat(preview.products().get(0).learners().get(0).learnerId()).isNull();
        assertThat(preview.products().get(0).learners().get(0).newLearner()).isTrue();
        Long created = placed.products().get(0).learners().get(0).learnerId();
        assertThat(created).isNotNull();
        assertThat(learners.get(created).learner().familyName()).isEqualTo("Okonkwo-Smith");
    }
}
