package org.examdesk.bot.flows.learners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.LearnerModels.GroupChange;
import org.examdesk.admin.client.LearnerModels.GroupRecord;
import org.examdesk.admin.client.LearnerModels.GroupSubmitted;
import org.examdesk.admin.client.LearnerModels.LearnerGroup;
import org.examdesk.admin.client.LearnerModels.RecordReason;
import org.examdesk.bot.flows.FlowRig;

/**
 * Learner groups in memory for the learner-group flow's unit tests, answering as the admin API would: "Year 10
 * September" (two valid records, three invalid) and "Year 11 March" (one invalid) waiting, "Year 9 Spring" submitted.
 * An amended value is valid unless it is a ULN of other than ten digits (422, as the API's sentence); submitting
 * is refused (409) while invalid records remain. An upload stays VALIDATING until {@link #finishChecks}. With
 * {@link #forbidden} it answers 403 to everything, as to an exams officer.
 */
final class FakeCentreGroups implements CentreGroups {
    final Map<Long, LearnerGroup> groups = new LinkedHashMap<>();
    final Map<Long, List<GroupRecord>> records = new LinkedHashMap<>();
    final List<String> changes = new ArrayList<>();
    boolean forbidden;
    private final List<Long> checking = new ArrayList<>();

    FakeCentreGroups() {
        add(
                6,
                "Year 10 September",
                "VALIDATED",
                List.of(
                        valid(2, "Siân", "Llewellyn", "14/02/2010"),
                        invalid(
                                4,
                                "Aoife",
                                "O'Sullivan-Byrne",
                                "3 May 2010",
                                "dateOfBirth",
                                "The date of birth 3 May 2010 is not the Learner Records Service's (3 May 2009)."),
                        invalid(8, "Ella", "", "2010-03-30", "familyName", "The family name is missing."),
                        invalid(9, "Noah", "Fischer", "31/02/2010", "dateOfBirth", "31/02/2010 is not a date."),
                        valid(13, "Jon", "Okafor", "02/12/2009")));
        add(
                7,
                "Year 11 March",
                "VALIDATED",
                List.of(invalid(
                        3, "Kwame", "Mensah", "2009-11-21", "gender", "The gender M is not one ExamDesk records.")));
        add(5, "Year 9 Spring", "SUBMITTED", List.of(valid(2, "Ruby", "Taylor", "20/01/2009")));
    }

    static GroupRecord valid(int n, String given, String family, String born) {
        return new GroupRecord(n, given, family, born, "Female", null, true, List.of(), null, null);
    }

    static GroupRecord invalid(int n, String given, String family, String born, String field, String why) {
        return new GroupRecord(
                n,
                given,
                family,
                born,
                "Female",
                null,
                false,
                List.of(new RecordReason(field, "invalid", why)),
                null,
                null);
    }

    private void add(long id, String name, String state, List<GroupRecord> rows) {
        records.put(id, new ArrayList<>(rows));
        groups.put(id, counted(id, name, state));
    }

    private LearnerGroup counted(long id, String name, String state) {
        List<GroupRecord> rows = records.get(id);
        int invalid =
                (int) rows.stream().filter(r -> Boolean.FALSE.equals(r.valid())).count();
        return new LearnerGroup(
                id,
                name,
                name.toLowerCase().replace(' ', '-') + ".csv",
                FlowRig.RIVERSIDE,
                "Amir Rahman",
                state,
                "VALIDATED".equals(state) ? 100 : 0,
                rows.size(),
                rows.size() - invalid,
                invalid,
                null,
                Instant.EPOCH,
                null);
    }

    private void check() {
        if (forbidden) {
            throw new AdminApiException(
                    403, "forbidden", "Only centre administrators and assessors may do this.", List.of());
        }
    }

    /** Every upload's check is done: its records are valid but the first. */
    void finishChecks() {
        checking.forEach(id -> groups.put(id, counted(id, groups.get(id).name(), "VALIDATED")));
        checking.clear();
    }

    @Override
    public List<LearnerGroup> groups() {
        check();
        List<LearnerGroup> newestFirst = new ArrayList<>(groups.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public LearnerGroup group(long id) {
        check();
        LearnerGroup g = groups.get(id);
        if (g == null) {
            throw new AdminApiException(
                    404, "not_found", "There is no learner group " + id + " at your centre.", List.of());
        }
        return g;
    }

    @Override
    public List<GroupRecord> invalidRecords(long id) {
        check();
        return records.get(id).stream()
                .filter(r -> Boolean.FALSE.equals(r.valid()))
                .toList();
    }

    @Override
    public GroupChange amend(long id, int row, String field, String value) {
        check();
        if (field.equals("uln") && !value.matches("\\d{10}")) {
            throw new AdminApiException(
                    422, "invalid", "A ULN has 10 digits; " + value + " has " + value.length() + ".", List.of("uln"));
        }
        List<GroupRecord> rows = records.get(id);
        GroupRecord r = rows.stream().filter(x -> x.n() == row).findFirst().orElseThrow();
        GroupRecord fixed = new GroupRecord(
                r.n(),
                field.equals("givenName") ? value : r.givenName(),
                field.equals("familyName") ? value : r.familyName(),
                field.equals("dateOfBirth") ? value : r.dateOfBirth(),
                field.equals("gender") ? value : r.gender(),
                field.equals("uln") ? value : r.uln(),
                true,
                List.of(),
                null,
                null);
        rows.set(rows.indexOf(r), fixed);
        changes.add("amend " + id + " row " + row + " " + field + " " + value);
        LearnerGroup g = counted(id, groups.get(id).name(), "VALIDATED");
        groups.put(id, g);
        return new GroupChange(g, fixed, 0, "Row " + row + " is amended.");
    }

    @Override
    public GroupChange remove(long id, int row) {
        check();
        records.get(id).removeIf(r -> r.n() == row);
        changes.add("remove " + id + " row " + row);
        LearnerGroup g = counted(id, groups.get(id).name(), "VALIDATED");
        groups.put(id, g);
        return new GroupChange(g, null, 1, "Row " + row + " is removed.");
    }

    @Override
    public GroupSubmitted submit(long id) {
        check();
        LearnerGroup g = groups.get(id);
        if (g.invalid() > 0) {
            throw new AdminApiException(
                    409,
                    "conflict",
                    g.name() + " still has " + g.invalid() + " invalid records: amend or remove them, then submit.",
                    List.of());
        }
        changes.add("submit " + id);
        LearnerGroup done = counted(id, g.name(), "SUBMITTED");
        groups.put(id, done);
        return new GroupSubmitted(done, g.valid(), "Its learners can now be registered.");
    }

    @Override
    public LearnerGroup upload(String name, String fileName, byte[] content) {
        check();
        if (groups.values().stream().anyMatch(g -> g.name().equalsIgnoreCase(name))) {
            throw new AdminApiException(
                    409, "conflict", "You already have a learner group called " + name + ".", List.of("name"));
        }
        long id = groups.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        records.put(
                id,
                new ArrayList<>(List.of(
                        invalid(2, "Ffion", "Pritchard", "1/13/2010", "dateOfBirth", "1/13/2010 is not a date."),
                        valid(3, "Lewis", "Mackenzie", "04/04/2010"))));
        LearnerGroup g = counted(id, name, "VALIDATING");
        groups.put(id, g);
        checking.add(id);
        changes.add("upload " + name + " " + fileName + " " + content.length + " bytes");
        return g;
    }
}
