package org.examdesk.admin.learners.groups;

/** A submitted group: the group (SUBMITTED), how many learners were created, and a sentence saying what next. */
public record Submitted(GroupView group, int created, String message) {}
