package org.examdesk.admin.results;

import io.javalin.http.Context;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.results.associates.AssociatesRequest;
import org.examdesk.admin.results.associates.AssociatesService;
import org.examdesk.admin.results.candidates.CandidateAccessService;
import org.examdesk.admin.results.candidates.CandidateChange;

/** Thin handlers for the settings, the candidate list and the associates of a series. */
final class ResultsAccessController {
    private final SeriesService series;
    private final AccessSettingsService settings;
    private final CandidateAccessService candidates;
    private final AssociatesService associates;

    ResultsAccessController(
            SeriesService series,
            AccessSettingsService settings,
            CandidateAccessService candidates,
            AssociatesService associates) {
        this.series = series;
        this.settings = settings;
        this.candidates = candidates;
        this.associates = associates;
    }

    void series(Context ctx) {
        ctx.json(series.list(AuthHandler.require(ctx), Params.centre(ctx)));
    }

    void get(Context ctx) {
        ctx.json(settings.get(AuthHandler.require(ctx), Params.path(ctx, "seriesId"), Params.centre(ctx)));
    }

    void put(Context ctx) {
        AccessRequest body = ctx.bodyAsClass(AccessRequest.class);
        ctx.json(settings.put(AuthHandler.actor(ctx), Params.path(ctx, "seriesId"), Params.centre(ctx), body));
    }

    void candidates(Context ctx) {
        ctx.json(candidates.list(
                AuthHandler.require(ctx),
                Params.path(ctx, "seriesId"),
                Params.centre(ctx),
                ctx.queryParam("q"),
                Params.page(ctx)));
    }

    void changeCandidates(Context ctx) {
        CandidateChange body = ctx.bodyAsClass(CandidateChange.class);
        ctx.json(candidates.change(AuthHandler.actor(ctx), Params.path(ctx, "seriesId"), Params.centre(ctx), body));
    }

    void associates(Context ctx) {
        ctx.json(associates.get(AuthHandler.require(ctx), Params.path(ctx, "seriesId"), Params.centre(ctx)));
    }

    void putAssociates(Context ctx) {
        AssociatesRequest body = ctx.bodyAsClass(AssociatesRequest.class);
        ctx.json(associates.put(AuthHandler.actor(ctx), Params.path(ctx, "seriesId"), Params.centre(ctx), body));
    }
}
