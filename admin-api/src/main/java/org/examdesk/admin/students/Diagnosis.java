package org.examdesk.admin.students;

import java.util.List;

/**
 * What a student's account status means, what the caller should check, the fixes this caller may apply (as
 * machine-readable action names with a sentence and the call to make), and warnings.
 */
public record Diagnosis(
        StudentStatus status, String meaning, List<String> checks, List<Fix> fixes, List<Warning> warnings) {

    /** A fix: {@code action} is stable for machines, {@code text} is for people; method and path make the call. */
    public record Fix(String action, String text, String method, String path) {}

    public record Warning(String code, String text) {}
}
