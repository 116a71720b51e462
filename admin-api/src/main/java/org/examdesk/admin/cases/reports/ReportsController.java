package org.examdesk.admin.cases.reports;

import io.javalin.http.Context;
import org.examdesk.admin.cases.CaseReader;

/** {@code /api/v1/reports/...}: for agents and board administrators. */
public final class ReportsController {
    private final ReportService reports;

    public ReportsController(ReportService reports) {
        this.reports = reports;
    }

    public void cases(Context ctx) {
        ctx.json(reports.cases(CaseReader.bounded(ctx.queryParam("days"), 30, 1, 366, "days")));
    }

    public void unanswered(Context ctx) {
        ctx.json(reports.unanswered(
                CaseReader.bounded(ctx.queryParam("days"), 30, 1, 366, "days"),
                CaseReader.bounded(ctx.queryParam("limit"), 20, 1, 200, "limit")));
    }
}
