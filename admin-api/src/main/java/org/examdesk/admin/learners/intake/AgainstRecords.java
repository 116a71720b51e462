package org.examdesk.admin.learners.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a chunk of new learners against the Learner Records Service (a ULN it does not know, or whose name or date
 * of birth it holds otherwise, with both values shown) and against the learners already at the centre (the same
 * ULN, or the same name and date of birth).
 */
final class AgainstRecords {
    private final LearnerRecords records;
    private final IntakeDao dao;
    private final long centreId;

    AgainstRecords(LearnerRecords records, IntakeDao dao, long centreId) {
        this.records = records;
        this.dao = dao;
        this.centreId = centreId;
    }

    void check(List<Draft> drafts, List<List<Problem>> problems) {
        Set<String> ulns = new LinkedHashSet<>();
        Set<String> dobs = new LinkedHashSet<>();
        for (Draft d : drafts) {
            if (d.uln() != null) {
                ulns.add(d.uln());
            }
            if (d.dateOfBirth() != null) {
                dobs.add(d.dateOfBirth().toString());
            }
        }
        Map<String, LearnerRecords.Held> held = records.find(ulns);
        Map<String, IntakeDao.Existing> byUln = new HashMap<>();
        Map<String, IntakeDao.Existing> byPerson = new HashMap<>();
        if (!ulns.isEmpty() || !dobs.isEmpty()) {
            for (IntakeDao.Existing e :
                    dao.existing(centreId, ulns.toArray(String[]::new), dobs.toArray(String[]::new))) {
                if (e.uln() != null) {
                    byUln.putIfAbsent(e.uln(), e);
                }
                byPerson.putIfAbsent(Duplicates.person(asDraft(e)), e);
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.uln() != null) {
                compare(d, held.get(d.uln()), problems.get(i));
            }
            existing(d, byUln, byPerson, problems.get(i));
        }
    }

    private static void compare(Draft d, LearnerRecords.Held lrs, List<Problem> problems) {
        if (lrs == null) {
            problems.add(new Problem(
                    "uln",
                    "lrs_unknown",
                    "The Learner Records Service has no learner with ULN " + d.uln() + ": check the number, or "
                            + "leave it blank."));
            return;
        }
        String where = " does not match the Learner Records Service for ULN " + d.uln() + ", which has ";
        if (d.givenName() != null && !Names.key(d.givenName()).equals(Names.key(lrs.givenName()))) {
            problems.add(new Problem(
                    "givenName",
                    "lrs_mismatch",
                    "Given name '" + d.givenName() + "'" + where + "'" + lrs.givenName() + "'."));
        }
        if (d.familyName() != null && !Names.key(d.familyName()).equals(Names.key(lrs.familyName()))) {
            problems.add(new Problem(
                    "familyName",
                    "lrs_mismatch",
                    "Family name '" + d.familyName() + "'" + where + "'" + lrs.familyName() + "'."));
        }
        if (d.dateOfBirth() != null && !d.dateOfBirth().equals(lrs.dateOfBirth())) {
            problems.add(new Problem(
                    "dateOfBirth",
                    "lrs_mismatch",
                    "Date of birth " + d.dateOfBirth() + where + lrs.dateOfBirth() + "."));
        }
    }

    private static void existing(
            Draft d,
            Map<String, IntakeDao.Existing> byUln,
            Map<String, IntakeDao.Existing> byPerson,
            List<Problem> problems) {
        IntakeDao.Existing same = d.uln() == null ? null : byUln.get(d.uln());
        if (same != null) {
            problems.add(new Problem(
                    "uln",
                    "existing_learner",
                    "ULN " + d.uln() + " already belongs to " + name(same) + " at your centre."));
            return;
        }
        String person = Duplicates.person(d);
        IntakeDao.Existing twin = person == null ? null : byPerson.get(person);
        if (twin != null && !Duplicates.twoUlns(d, asDraft(twin))) {
            problems.add(new Problem(
                    null,
                    "existing_learner",
                    d.givenName() + " " + d.familyName() + ", born " + d.dateOfBirth() + ", is already a learner at "
                            + "your centre: " + name(twin) + "."));
        }
    }

    private static String name(IntakeDao.Existing e) {
        return e.givenName() + " " + e.familyName() + " (" + e.learnerRef() + ")";
    }

    private static Draft asDraft(IntakeDao.Existing e) {
        LocalDate dob = e.dateOfBirth();
        return new Draft(e.givenName(), e.familyName(), dob, null, e.uln());
    }
}
