package org.examdesk.admin.learners;

import java.util.List;

/**
 * One learner with everything a centre asks about: the qualification history by status, every registration, the
 * results, and the one amendment the centre may make ({@code amendment} null while it is still available).
 */
public record LearnerDetail(
        LearnerView learner,
        History history,
        List<LearnerDao.Registration> registrations,
        List<LearnerDao.Result> results,
        LearnerDao.Amendment amendment,
        boolean amendmentAvailable) {

    /** The registrations by status: active, completed, cancelled. */
    public record History(
            List<LearnerDao.Registration> active,
            List<LearnerDao.Registration> completed,
            List<LearnerDao.Registration> cancelled) {

        static History of(List<LearnerDao.Registration> registrations) {
            return new History(
                    with(registrations, "ACTIVE"), with(registrations, "COMPLETED"), with(registrations, "CANCELLED"));
        }

        private static List<LearnerDao.Registration> with(List<LearnerDao.Registration> all, String status) {
            return all.stream().filter(r -> r.status().equals(status)).toList();
        }
    }
}
