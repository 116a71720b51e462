package org.examdesk.bot.flows.results;

import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.Associate;
import org.examdesk.admin.client.ResultsModels.Associates;
import org.examdesk.admin.client.ResultsModels.Contact;
import org.examdesk.admin.client.ResultsModels.Job;

/**
 * The associates' letters once their access is saved, acting for each associate: one whose candidates have no
 * access yet gets ALL switched on (with the parent's contact, whose agreement the confirmation carried), which
 * starts its letters; one with access whose letters are stale or missing gets them made. One answering its own
 * candidates' queries (centre defined) switches its access on itself, with its own contact.
 */
final class AssociateLetters {
    /** What was started, and what is said about those left to switch access on themselves. */
    record Started(List<String> jobs, List<String> left) {}

    Started start(CentreAssociates api, Associates saved, Contact parentContact) {
        List<String> jobs = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Associate a : saved.associates()) {
            if (!a.giveAccess()) {
                continue;
            }
            Job job = null;
            if ("NONE".equals(a.mode()) && "CENTRE_DEFINED".equals(a.contactMode())) {
                left.add(a.name());
            } else if ("NONE".equals(a.mode())) {
                Access on = api.switchOn(saved.seriesId(), a.centreId(), parentContact);
                job = on.lettersJob();
            } else if (a.letters() != null && a.letters().mustRegenerate()) {
                job = api.letters(saved.seriesId(), a.centreId());
            }
            if (job != null) {
                jobs.add(a.centreId() + ":" + job.id());
            }
        }
        return new Started(jobs, left);
    }

    /** Where each job stands; true when all are finished (done or failed). */
    boolean report(CentreAssociates api, AssociatesState state, Associates names, List<String> lines) {
        boolean finished = true;
        for (String started : state.started()) {
            long centreId = Long.parseLong(started.substring(0, started.indexOf(':')));
            long jobId = Long.parseLong(started.substring(started.indexOf(':') + 1));
            Job job = api.job(state.seriesId(), centreId, jobId);
            String name = name(names, centreId);
            switch (job.state()) {
                case "DONE" -> lines.add(name + ": " + job.total() + " letters ready, one PDF: " + job.pdf()
                        + " ; a zip of one PDF each: " + job.zip());
                case "FAILED" -> lines.add(name + ": making the letters failed ("
                        + (job.message() == null ? "please try again" : job.message()) + ")");
                default -> {
                    finished = false;
                    lines.add(name + ": " + job.done() + " of " + job.total() + " letters made");
                }
            }
        }
        return finished;
    }

    private static String name(Associates all, long centreId) {
        return all.associates().stream()
                .filter(a -> a.centreId() == centreId)
                .map(a -> a.name() + " (" + a.number() + ")")
                .findFirst()
                .orElse("Centre " + centreId);
    }
}
