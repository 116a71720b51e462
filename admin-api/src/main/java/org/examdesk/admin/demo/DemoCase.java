package org.examdesk.admin.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.examdesk.admin.accounts.StaffDao;
import org.examdesk.admin.accounts.StaffRow;
import org.examdesk.admin.cases.CaseDao;
import org.examdesk.admin.cases.CaseDeps;
import org.examdesk.admin.cases.CaseStatus;
import org.examdesk.admin.cases.Routing;
import org.examdesk.admin.cases.Taxonomy;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentRow;
import org.jdbi.v3.core.Handle;

/** One demo case: a realistic path through the taxonomy, a requester, and a life story decided by its age. */
record DemoCase(
        String number,
        Instant created,
        Long userId,
        Long studentId,
        String customerType,
        String issueType,
        String category,
        String subcategory,
        String qualification,
        String subject,
        String option) {

    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "student-accounts",
                    List.of(
                            "Student locked out after three attempts",
                            "Welcome email never arrived",
                            "Wrong date of birth on a student account",
                            "Import rejected rows for six students"),
            "candidate-results-website",
                    List.of(
                            "Candidate letters show the old contact",
                            "Need to switch to selected candidates",
                            "Candidate cannot log in to see results"),
            "results",
                    List.of(
                            "Results missing for two candidates",
                            "Question about a unit grade",
                            "Learner results not showing"),
            "claims-certificates", List.of("Claim marked ineligible", "Certificate not received", "Bulk claim refused"),
            "entries-registrations", List.of("Learner group upload shows invalid ULNs", "Cannot cancel a registration"),
            "bookings", List.of("Need to amend a booking before the window", "Extra time not applied to a booking"),
            "special-considerations", List.of("Candidate was ill on the exam day", "Fire alarm during the paper"),
            "complaints", List.of("Complaint about how long a reply took", "Unhappy with the outcome of a review"),
            "associates", List.of("Question about my contract", "Allocation for the June series"),
            "support-portal", List.of("Verification link expired", "Cannot sign in to the support portal"));

    static DemoCase pick(
            Random random, Taxonomy taxonomy, String number, Instant created, List<Long> staff, List<Long> students) {
        List<Taxonomy.CustomerTypeView> types = taxonomy.view().customerTypes();
        // mostly centre staff, then students, parents, associates
        int roll = random.nextInt(100);
        Taxonomy.CustomerTypeView type = types.get(roll < 70 ? 0 : roll < 80 ? 1 : roll < 92 ? 2 : 3);
        var issue = type.issueTypes().get(random.nextInt(type.issueTypes().size()));
        var category = issue.categories().get(random.nextInt(issue.categories().size()));
        var sub = category.subcategories()
                .get(random.nextInt(category.subcategories().size()));
        List<String> subjects = SUBJECTS.getOrDefault(category.value(), List.of("Question about " + category.label()));
        String quals = List.of("gcse", "a-level", "vocational", "none").get(random.nextInt(4));
        Long user = type.value().equals("centre") || type.value().equals("associate")
                ? staff.get(random.nextInt(staff.size()))
                : null;
        Long student = type.value().equals("student") && !students.isEmpty()
                ? students.get(random.nextInt(students.size()))
                : null;
        String option = random.nextInt(10) < 7 ? "MESSAGE" : random.nextInt(2) == 0 ? "CALL" : "CHAT";
        return new DemoCase(
                number,
                created,
                user,
                student,
                type.value(),
                issue.value(),
                category.value(),
                sub.value(),
                quals,
                subjects.get(random.nextInt(subjects.size())),
                option);
    }

    /** Writes demo cases and their history. */
    record Writer(Handle h, CaseDeps deps, long agent) {
        void write(DemoCase c, Random random, Instant now) {
            Routing.Route route = deps.routing().route(c.customerType(), c.category());
            Instant due = deps.calendar().dueAt(c.created(), route.targetDays());
            long ageHours = Duration.between(c.created(), now).toHours();
            // the older the case, the further along; about one in six answered after its target
            Instant responded = ageHours < 6 || random.nextInt(8) == 0
                    ? null
                    : c.created().plus(Duration.ofHours(1 + random.nextInt(random.nextInt(6) == 0 ? 200 : 40)));
            if (responded != null && responded.isAfter(now)) {
                responded = null;
            }
            String status = status(random, ageHours, responded);
            boolean missed = responded == null ? due.isBefore(now) : responded.isAfter(due);
            long id = insert(
                    c, route, due, responded, missed ? (responded == null ? due : responded) : null, status, now);
            activity(
                    id,
                    "CREATED",
                    "Demo requester",
                    "Case opened through web (" + c.option().toLowerCase() + ").",
                    c.created());
            activity(
                    id,
                    "OWNER_CHANGED",
                    "ExamDesk",
                    "Owner set to the queue "
                            + deps.routing()
                                    .queue(route.queue())
                                    .map(Routing.Queue::label)
                                    .orElse(route.queue()) + ".",
                    c.created());
            if (missed) {
                activity(
                        id,
                        "TARGET_MISSED",
                        "ExamDesk",
                        "The response target passed without a response from support.",
                        due);
            }
            if (responded != null) {
                activity(
                        id,
                        "AGENT_COMMENT",
                        "Sofia Marsh",
                        "Thanks for getting in touch. I am looking into this now.",
                        responded);
            }
            if (!status.equals("NEW") && responded != null) {
                activity(
                        id,
                        "STATUS_CHANGED",
                        "Sofia Marsh",
                        "Status changed to " + CaseStatus.valueOf(status).label() + ".",
                        responded);
            }
        }

        private static String status(Random random, long ageHours, Instant responded) {
            if (responded == null) {
                return ageHours > 24 * 20 ? "CLOSED" : "NEW";
            }
            int roll = random.nextInt(10);
            if (ageHours > 24 * 10) {
                return roll < 6 ? "CLOSED" : roll < 9 ? "RESOLVED" : "WAITING_ON_CUSTOMER";
            }
            return roll < 4 ? "IN_PROGRESS" : roll < 6 ? "WAITING_ON_CUSTOMER" : "RESOLVED";
        }

        private static boolean isOpen(String status) {
            return CaseStatus.valueOf(status).isOpen();
        }

        private long insert(
                DemoCase c,
                Routing.Route route,
                Instant due,
                Instant responded,
                Instant missedAt,
                String status,
                Instant now) {
            Instant done =
                    responded == null ? c.created().plus(Duration.ofDays(20)) : responded.plus(Duration.ofHours(3));
            done = done.isAfter(now) ? now : done;
            return h.attach(CaseDao.class)
                    .insertSeeded(new CaseDao.Seeded(
                            c.number(),
                            c.userId(),
                            c.studentId(),
                            centreOf(c),
                            c.userId() == null ? "Alex Morgan" : "Centre contact",
                            c.userId() == null ? "alex.morgan@home.example" : "exams@riverside.example",
                            c.customerType(),
                            c.issueType(),
                            c.category(),
                            c.subcategory(),
                            c.qualification(),
                            c.qualification().equals("none") ? "not-applicable" : "other",
                            c.subject(),
                            "Demo case: " + c.subject().toLowerCase() + ".",
                            c.option(),
                            status,
                            route.queue(),
                            responded == null ? null : agent,
                            route.targetDays(),
                            due,
                            responded,
                            missedAt,
                            c.option().equals("CALL") ? responded : null,
                            c.created(),
                            isOpen(status) ? (responded == null ? c.created() : responded) : done,
                            status.equals("RESOLVED") ? done : null,
                            status.equals("CLOSED") ? done : null));
        }

        /** The requester's centre: the user's, else the student's. */
        private Long centreOf(DemoCase c) {
            Long centre = c.userId() == null
                    ? null
                    : h.attach(StaffDao.class)
                            .findById(c.userId())
                            .map(StaffRow::centreId)
                            .orElse(null);
            if (centre == null && c.studentId() != null) {
                centre = h.attach(StudentDao.class)
                        .find(c.studentId())
                        .map(StudentRow::centreId)
                        .orElse(null);
            }
            return centre;
        }

        private void activity(long caseId, String kind, String actor, String body, Instant at) {
            h.attach(CaseDao.class).addActivity(caseId, kind, actor, body, at);
        }
    }
}
