package org.examdesk.admin.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Cases and their activity. Times come from the service's clock, never from the database's now(). */
@RegisterConstructorMapper(CaseRow.class)
@RegisterConstructorMapper(CaseDao.ActivityRow.class)
@RegisterConstructorMapper(CaseDao.Contact.class)
public interface CaseDao {
    String SELECT =
            """
            select c.id, c.number, c.requester_user_id, c.requester_student_id, c.requester_centre_id, c.contact_name,
                   c.contact_email, c.contact_phone, c.contact_country, c.contact_language, c.contact_institution,
                   c.customer_type, c.issue_type, c.category, c.subcategory,
                   c.qualification, c.qualification_subject, c.subject, c.description, c.support_option, c.status,
                   c.queue, c.assigned_agent_id, c.target_days, c.due_at, c.first_response_at, c.target_missed_at,
                   c.call_logged_at, c.conversation_id, c.created_at, c.updated_at, c.resolved_at, c.closed_at
              from cases c
            """;

    String LAST_CONTACT = "contact_name as name, contact_email as email, contact_phone as phone, "
            + "contact_country as country, contact_language as language, contact_institution as institution";

    record ActivityRow(long id, String kind, String actorName, String body, Instant createdAt) {}

    /** Who to reply to, as the contact form asks (seed 004); older cases have nulls after the phone. */
    record Contact(String name, String email, String phone, String country, String language, String institution) {}

    /** A new case, as the service decided it. */
    record NewCase(
            String number,
            Long requesterUserId,
            Long requesterStudentId,
            Long requesterCentreId,
            Contact contact,
            CaseRequest.Fields fields,
            String supportOption,
            String queue,
            int targetDays,
            Instant dueAt,
            UUID conversationId,
            Instant createdAt) {
        public String contactName() {
            return contact.name();
        }

        public String contactEmail() {
            return contact.email();
        }

        public String contactPhone() {
            return contact.phone();
        }

        public String contactCountry() {
            return contact.country();
        }

        public String contactLanguage() {
            return contact.language();
        }

        public String contactInstitution() {
            return contact.institution();
        }
    }

    /** Inserts unless the number is taken; empty means try another number. */
    @SqlQuery(
            """
            insert into cases (number, requester_user_id, requester_student_id, requester_centre_id, contact_name,
                               contact_email, contact_phone, contact_country, contact_language,
                               contact_institution, customer_type, issue_type, category, subcategory,
                               qualification, qualification_subject, subject, description, support_option, status,
                               queue, target_days, due_at, conversation_id, created_at, updated_at)
            values (:c.number, :c.requesterUserId, :c.requesterStudentId, :c.requesterCentreId, :c.contactName,
                    :c.contactEmail, :c.contactPhone, :c.contactCountry, :c.contactLanguage,
                    :c.contactInstitution, :f.customerType, :f.issueType, :f.category, :f.subcategory,
                    :f.qualification, :f.qualificationSubject, :f.subject, :f.description, :c.supportOption, 'NEW',
                    :c.queue, :c.targetDays, :c.dueAt, :c.conversationId, :c.createdAt, :c.createdAt)
            on conflict (number) do nothing
            returning id""")
    Optional<Long> insert(@BindMethods("c") NewCase c, @BindMethods("f") CaseRequest.Fields f);

    @SqlQuery(SELECT + " where c.number = :number")
    Optional<CaseRow> find(@Bind("number") String number);

    /** A case's id, for the features that keep something of their own about a case (the Slack post of it). */
    @SqlQuery("select id from cases where number = :number")
    Optional<Long> idOf(@Bind("number") String number);

    @SqlQuery("select number from cases where id = :id")
    Optional<String> numberOf(@Bind("id") long id);

    @SqlQuery(SELECT + " where c.number = :number for update of c")
    Optional<CaseRow> lock(@Bind("number") String number);

    @SqlUpdate("insert into case_activity (case_id, kind, actor_name, body, created_at) "
            + "values (:caseId, :kind, :actor, :body, :at)")
    void addActivity(
            @Bind("caseId") long caseId,
            @Bind("kind") String kind,
            @Bind("actor") String actor,
            @Bind("body") String body,
            @Bind("at") Instant at);

    @SqlQuery("select id, kind, actor_name, body, created_at from case_activity where case_id = :caseId order by id")
    List<ActivityRow> activity(@Bind("caseId") long caseId);

    @SqlQuery("select " + LAST_CONTACT + " from cases "
            + "where requester_user_id = :userId order by created_at desc, id desc limit 1")
    Optional<Contact> lastContactOfUser(@Bind("userId") long userId);

    @SqlQuery("select " + LAST_CONTACT + " from cases "
            + "where requester_student_id = :studentId order by created_at desc, id desc limit 1")
    Optional<Contact> lastContactOfStudent(@Bind("studentId") long studentId);

    @SqlUpdate(
            """
            update cases set status = :status, updated_at = :at,
                   resolved_at = case when :status = 'RESOLVED' then :at when :status in ('NEW', 'IN_PROGRESS',
                       'WAITING_ON_CUSTOMER') then null else resolved_at end,
                   closed_at = case when :status = 'CLOSED' then :at else closed_at end
             where id = :id""")
    void setStatus(@Bind("id") long id, @Bind("status") String status, @Bind("at") Instant at);

    @SqlUpdate("update cases set assigned_agent_id = :agentId, updated_at = :at where id = :id")
    void assign(@Bind("id") long id, @Bind("agentId") long agentId, @Bind("at") Instant at);

    @SqlUpdate("update cases set first_response_at = coalesce(first_response_at, :at), updated_at = :at where id = :id")
    void responded(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("update cases set call_logged_at = :at, updated_at = :at where id = :id")
    void callLogged(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("update cases set updated_at = :at where id = :id")
    void touch(@Bind("id") long id, @Bind("at") Instant at);

    /** Open cases per queue: how many, how many past their target, how many with no agent. */
    record QueueLoad(String queue, long open, long missed, long unassigned) {}

    @SqlQuery(
            """
            select queue, count(*) as open, count(target_missed_at) as missed,
                   count(*) filter (where assigned_agent_id is null) as unassigned
              from cases where status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') group by queue""")
    @RegisterConstructorMapper(QueueLoad.class)
    List<QueueLoad> openPerQueue();

    /** A demo case with its whole life already decided (see {@code insertSeeded.sql}). */
    record Seeded(
            String number,
            Long userId,
            Long studentId,
            Long centreId,
            String name,
            String email,
            String customerType,
            String issueType,
            String category,
            String subcategory,
            String qualification,
            String qualSubject,
            String subject,
            String description,
            String option,
            String status,
            String queue,
            Long agent,
            int targetDays,
            Instant due,
            Instant responded,
            Instant missedAt,
            Instant callAt,
            Instant created,
            Instant updated,
            Instant resolved,
            Instant closed) {}

    @SqlUpdate
    @UseClasspathSqlLocator
    @GetGeneratedKeys("id")
    long insertSeeded(@BindMethods Seeded c);
}
