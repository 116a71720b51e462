package org.examdesk.admin.cases;

import io.javalin.http.Context;

/** {@code /api/v1/reports/...}: for agents and board administrators. */
final class ReportsController {
    private final ReportService reports;

    ReportsController(ReportService reports) {
        this.reports = reports;
    }

    void cases(Context ctx) {
        ctx.json(reports.cases(CaseReader.bounded(ctx.queryParam("days"), 30, 1, 366, "days")));
    }

    void unanswered(Context ctx) {
        ctx.json(reports.unanswered(CaseReader.bounded(ctx.queryParam("days"), 30, 1, 366, "days"),
                CaseReader.bounded(ctx.queryParam("limit"), 20, 1, 200, "limit")));
    }
}
