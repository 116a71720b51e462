package org.examdesk.admin.accounts;

import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call an endpoint. Every route under {@code /api/v1} names one of these, and
 * {@link AuthHandler} is the only place that enforces them.
 */
public enum Access implements RouteRole {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in staff user or student. */
    SIGNED_IN,
    /** Any signed-in staff user. */
    STAFF,
    /** Exams officers, managers and assistants (their own centre only: enforced by each service's scope). */
    STUDENT_ADMIN,
    /** Centre administrators and assessors: learner management (domain section 3), their own centre only. */
    LEARNER_ADMIN,
    /** Support agents and board administrators. */
    AGENT,
    /** Board administrators. */
    BOARD_ADMIN,
    /** A student signed in through the identity check. */
    STUDENT,
    /** An integration's service token (the bot). */
    SERVICE;

    /** Whether this rule lets {@code caller} (null when anonymous) through. */
    public boolean admits(Caller caller) {
        if (this == PUBLIC) {
            return true;
        }
        if (caller == null) {
            return false;
        }
        return switch (this) {
            case PUBLIC -> true;
            case SIGNED_IN -> caller.kind() != Caller.Kind.SERVICE;
            case STAFF -> caller.isStaff();
            case STUDENT_ADMIN -> caller.isStaff() && caller.hasAnyRole(Role.STUDENT_ADMINISTRATORS);
            case LEARNER_ADMIN -> caller.isStaff() && caller.hasAnyRole(Role.LEARNER_ADMINISTRATORS);
            case AGENT -> caller.isStaff() && caller.hasAnyRole(EnumSet.of(Role.SUPPORT_AGENT, Role.BOARD_ADMIN));
            case BOARD_ADMIN -> caller.isStaff() && caller.roles().contains(Role.BOARD_ADMIN);
            case STUDENT -> caller.kind() == Caller.Kind.STUDENT;
            case SERVICE -> caller.kind() == Caller.Kind.SERVICE;
        };
    }

    public static boolean anyAdmits(Set<? extends RouteRole> declared, Caller caller) {
        return declared.stream().anyMatch(r -> r instanceof Access a && a.admits(caller));
    }
}
