package org.examdesk.admin.accounts;

import java.util.EnumSet;
import java.util.Set;

/** Staff roles. Which of them may do what is decided in one place: {@link Access}. */
public enum Role {
    EXAMS_OFFICER,
    EXAMS_MANAGER,
    EXAMS_ASSISTANT,
    ADMINISTRATOR,
    TEACHER,
    ASSESSOR,
    QUALITY_NOMINEE,
    ASSESSMENT_ASSOCIATE,
    CENTRE_ADMINISTRATOR,
    SUPPORT_AGENT,
    BOARD_ADMIN;

    /** Only these three may administer student results accounts (domain section 1). */
    public static final Set<Role> STUDENT_ADMINISTRATORS = EnumSet.of(EXAMS_OFFICER, EXAMS_MANAGER, EXAMS_ASSISTANT);

    /** Only these two manage learners, registrations, amendments and results (domain section 3). */
    public static final Set<Role> LEARNER_ADMINISTRATORS = EnumSet.of(CENTRE_ADMINISTRATOR, ASSESSOR);
}
