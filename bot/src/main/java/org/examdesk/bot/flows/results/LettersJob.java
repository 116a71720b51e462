package org.examdesk.bot.flows.results;

import org.examdesk.admin.client.ResultsModels.Job;
import org.examdesk.bot.engine.Turn;

/** Starts the letters job and reports its progress; the person asks again while it runs. */
final class LettersJob {
    /** Starts the job through {@code access} and waits for it in the results-access flow, with {@code state}. */
    void start(Turn turn, ResultsAccess access, AccessState state) {
        follow(turn, state, access.generateLetters(state.seriesId()));
    }

    /** Starts a job that gives every candidate with access a new password and letter (scope ALL). */
    void startAll(Turn turn, ResultsAccess access, AccessState state) {
        follow(turn, state, access.generateAllLetters(state.seriesId()));
    }

    /** Waits for a job already started (by confirming access) in the results-access flow, with {@code state}. */
    void follow(Turn turn, AccessState state, Job job) {
        turn.state().enter(ResultsAccessFlow.NAME, ResultsAccessFlow.Step.JOB);
        turn.state().write(state.withJob(job.id()));
        describe(turn, job);
    }

    void report(Turn turn, ResultsAccess access, AccessState state) {
        describe(turn, access.job(state.seriesId(), state.jobId()));
    }

    private static void describe(Turn turn, Job job) {
        switch (job.state()) {
            case "DONE" -> {
                turn.state().clear();
                turn.say("The letters are ready: " + job.total() + " \"Confidential examination results information\" "
                        + "letters. One PDF with a page per candidate: " + job.pdf() + " ; or a zip of one PDF each: "
                        + job.zip() + " . Results online are provisional: remind candidates not to send screenshots "
                        + "to universities.");
            }
            case "FAILED" -> {
                turn.state().clear();
                turn.say("Making the letters failed: " + (job.message() == null ? "please try again." : job.message()));
            }
            default -> turn.say("Making the letters: " + job.done() + " of " + job.total() + " done. Say \"status\" "
                    + "to check again.");
        }
    }
}
