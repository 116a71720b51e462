package org.examdesk.admin.learners.groups;

/** The outcome of a change to a group's records: the group after it, the record amended (null after a removal), a sentence. */
public record Changed(GroupView group, RecordView record, int removed, String message) {}
