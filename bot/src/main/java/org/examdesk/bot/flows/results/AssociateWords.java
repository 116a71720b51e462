package org.examdesk.bot.flows.results;

import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.Associate;
import org.examdesk.admin.client.ResultsModels.Associates;

/** What the associates flow says: an associate as it stands, and what each confirmation will change. */
final class AssociateWords {
    private AssociateWords() {}

    static String describe(Associate a) {
        return a.name() + " (" + a.number() + "): "
                + (a.giveAccess() ? "access given" : "no access") + ", queries answered by "
                + ("CENTRE_DEFINED".equals(a.contactMode()) ? "its own exams officer" : "your centre")
                + (a.delayDays() == 0 ? "" : ", a delay of " + a.delayDays() + " days")
                + (a.letters() != null && a.letters().mustRegenerate()
                        ? "; " + a.letters().message()
                        : "");
    }

    /** "Use defaults": the parent's own contact and delay for every associate. */
    static String defaultsSummary(String seriesName, Access own) {
        return "Use your defaults for every associate centre in " + seriesName + ": give them access, with "
                + (own.contact() == null ? "your contact" : own.contact().name()) + " answering their candidates' "
                + "queries and " + (own.delayDays() == 0 ? "no delay" : "your delay of " + own.delayDays() + " days")
                + ", switch online results on for ALL their candidates where it is off, and make the letters of "
                + "those who need one? By confirming, your centre agrees to handle their queries.";
    }

    /** Centre by centre: who gains access, who loses it (cut off at once). */
    static String eachSummary(Associates all, AssociatesState state) {
        List<String> give = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (Associate a : all.associates()) {
            if (state.given().contains(a.centreId())) {
                give.add(a.name());
            } else if (a.giveAccess()) {
                remove.add(a.name());
            }
        }
        return (give.isEmpty() ? "Give no associate centre access" : "Give " + String.join(", ", give) + " access")
                + " for " + state.seriesName()
                + (remove.isEmpty()
                        ? ""
                        : " and take it away from " + String.join(", ", remove)
                                + " (their candidates are cut off at once)")
                + (give.isEmpty()
                        ? "?"
                        : ", switch online results on for ALL their candidates where it is off, and make the letters "
                                + "of those who need one? By confirming, your centre agrees to handle the queries of "
                                + "those it answers for.");
    }
}
