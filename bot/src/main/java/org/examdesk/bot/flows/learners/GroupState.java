package org.examdesk.bot.flows.learners;

import java.util.List;

/**
 * What the learner-group conversation has gathered, kept between turns: the groups offered to choose from, the group
 * being fixed, the record (its row in the file), the field and new value of a fix, the change waiting for a yes;
 * and, for a file shared without a name, the file itself until the name is given.
 */
record GroupState(
        List<Offered> offered,
        Long groupId,
        String groupName,
        Integer row,
        String field,
        String value,
        Change change,
        String fileName,
        byte[] file) {

    /** The steps: which group, waiting for its check, its invalid records shown, which record, field, value, yes. */
    enum Step {
        NAME,
        WHICH_GROUP,
        VALIDATING,
        RECORDS,
        WHICH_RECORD,
        FIELD,
        VALUE,
        CONFIRM
    }

    /** What waits for the person's yes, or what they asked to do to a record not chosen yet. */
    enum Change {
        FIX,
        REMOVE,
        SUBMIT
    }

    /** A group offered in a choice list, with its label. */
    record Offered(long id, String name, String label) {}

    GroupState {
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    static GroupState empty() {
        return new GroupState(List.of(), null, null, null, null, null, null, null, null);
    }

    static GroupState holding(String fileName, byte[] file) {
        return new GroupState(List.of(), null, null, null, null, null, null, fileName, file);
    }

    GroupState offering(List<Offered> groups) {
        return new GroupState(groups, groupId, groupName, row, field, value, change, fileName, file);
    }

    /** The group chosen (or just uploaded): nothing else of an earlier group or file is kept. */
    GroupState on(long id, String name) {
        return new GroupState(List.of(), id, name, null, null, null, null, null, null);
    }

    GroupState withRow(Integer r) {
        return new GroupState(offered, groupId, groupName, r, field, value, change, fileName, file);
    }

    GroupState withField(String f) {
        return new GroupState(offered, groupId, groupName, row, f, value, change, fileName, file);
    }

    GroupState withValue(String v) {
        return new GroupState(offered, groupId, groupName, row, field, v, change, fileName, file);
    }

    GroupState doing(Change c) {
        return new GroupState(offered, groupId, groupName, row, field, value, c, fileName, file);
    }

    /** Back at the records: no record, field, value or change pending. */
    GroupState atRecords() {
        return new GroupState(List.of(), groupId, groupName, null, null, null, null, null, null);
    }
}
