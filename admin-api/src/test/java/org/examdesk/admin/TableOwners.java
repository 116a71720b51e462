package org.examdesk.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which feature owns each table: the feature whose migration made it for its own records and whose DAOs read and
 * write it. Only the owner's SQL names a table; every other feature goes through the owner's DAO or service.
 *
 * <p>Choices worth knowing: {@code centres} belongs to accounts, like the users attached to them (other features
 * read a centre through {@code CentreDao}, or join {@code centre_refs}); {@code exam_entries} belongs to students,
 * which checks imports and the verification-code export against them (the results feature's {@code entries} are
 * another table); {@code idempotency_keys} belongs to web, where {@code Idempotency} lives.
 */
final class TableOwners {
    private TableOwners() {}

    /** Table (or view) to the feature package that owns it. */
    static final Map<String, String> OWNER = owners();

    /**
     * Read-only views their owner publishes for other features to join in their own reads, never to write. The
     * accounts feature's {@code centre_refs} (a centre's number and name, and its parent) is joined by the student
     * and learner rows, which the paged searches and every signed-in student's request read.
     */
    static final Set<String> PUBLISHED = Set.of("centre_refs");

    private static Map<String, String> owners() {
        Map<String, String> owners = new LinkedHashMap<>();
        own(
                owners,
                "accounts",
                "centres",
                "centre_refs",
                "users",
                "user_roles",
                "sessions",
                "service_tokens",
                "email_verifications",
                "sign_in_failures",
                "account_password_resets");
        own(owners, "students", "students", "student_codes", "exam_entries");
        own(owners, "studentauth", "student_identity_checks", "student_password_resets");
        own(owners, "imports", "student_imports");
        own(owners, "web", "idempotency_keys");
        own(owners, "audit", "audit_log");
        own(owners, "mail", "outbox");
        own(owners, "conversations", "conversations", "conversation_messages");
        own(owners, "cases", "cases", "case_activity", "case_attachments", "case_events");
        own(
                owners,
                "results",
                "series",
                "candidates",
                "entries",
                "results_access",
                "results_candidate_access",
                "results_credentials",
                "results_associate_policy",
                "results_associate_access",
                "results_jobs",
                "results_files",
                "results_file_chunks");
        own(
                owners,
                "slack",
                "slack_links",
                "slack_link_codes",
                "slack_events",
                "slack_conversations",
                "slack_case_posts",
                "slack_link_failures",
                "slack_link_optouts");
        own(owners, "articles", "article_views", "article_feedback");
        own(
                owners,
                "learners",
                "learners",
                "products",
                "product_units",
                "registration_orders",
                "registration_order_products",
                "registrations",
                "learner_amendments",
                "learner_results",
                "learner_groups",
                "learner_group_records",
                "lrs_learners",
                "bookings",
                "product_pathways",
                "pathway_units",
                "registration_pathways",
                "claims",
                "claim_units");
        return Map.copyOf(owners);
    }

    private static void own(Map<String, String> owners, String feature, String... tables) {
        for (String table : tables) {
            owners.put(table, feature);
        }
    }
}
