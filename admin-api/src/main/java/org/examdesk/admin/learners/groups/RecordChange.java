package org.examdesk.admin.learners.groups;

/**
 * An amendment of a record as the client sends it: the fields to change; a field left out (null) keeps its value,
 * an empty one is cleared.
 */
public record RecordChange(String givenName, String familyName, String dateOfBirth, String gender, String uln) {}
