package dev.atrium.sandbox.paycor.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.paycor.CreateResponseUrl;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.paycor.model.AtsCandidate;
import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.paycor.store.CandidateCreation;
import dev.atrium.sandbox.paycor.store.CandidateFilter;
import dev.atrium.sandbox.paycor.store.CreateOutcome;
import dev.atrium.sandbox.paycor.store.Slice;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The candidate endpoints (fact sheet B3, rows 4 to 6): candidates exist only under a job. */
final class CandidateHandlers {

    private final PaycorSimulator simulator;
    private final ListPaging paging;

    CandidateHandlers(PaycorSimulator simulator, ListPaging paging) {
        this.simulator = simulator;
        this.paging = paging;
    }

    void list(RoutingContext ctx) {
        Optional<Job> job = JobHandlers.job(ctx, simulator);
        if (job.isEmpty()) {
            return;
        }
        PaycorSettings settings = simulator.settings();
        QueryParams params = new QueryParams(ctx);
        Instant start = params.startDate(settings.rejectInvalidDateFilter());
        Instant end = params.endDate(settings.rejectInvalidDateFilter());
        if (params.failed()) {
            PaycorReplies.validation(ctx, params.errors());
            return;
        }
        CandidateFilter filter = new CandidateFilter(start, end, settings.dateFilterMatch());
        Optional<ContinuationTokens.Position> from = paging.start(ctx, params, "candidates:" + job.get().id(), filter);
        if (from.isEmpty()) {
            return;
        }
        Slice<AtsCandidate> slice = simulator.store().candidates(job.get().index(), (CandidateFilter) from.get().filter(),
                from.get().after(), settings.pageSize());
        PaycorJson json = new PaycorJson(settings);
        paging.reply(ctx, from.get(), slice, json::candidate, AtsCandidate::ordinal);
    }

    void get(RoutingContext ctx) {
        Optional<Job> job = JobHandlers.job(ctx, simulator);
        if (job.isEmpty()) {
            return;
        }
        Optional<AtsCandidate> candidate = simulator.store().candidate(job.get().index(), ctx.pathParam("atsCandidateId"));
        if (candidate.isEmpty()) {
            PaycorReplies.notFound(ctx, "candidate");
            return;
        }
        JsonReplies.send(ctx, 200, new PaycorJson(simulator.settings()).candidate(candidate.get()));
    }

    void create(RoutingContext ctx) {
        if (!JobHandlers.legalEntity(ctx, simulator)) {
            return;
        }
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            PaycorReplies.error(ctx, 415, "Unsupported Media Type", "The request body must be application/json.", null);
            return;
        }
        PaycorSettings settings = simulator.settings();
        byte[] bytes = ctx.body().buffer() == null ? null : ctx.body().buffer().getBytes();
        CandidateBodyReader.Read read = CandidateBodyReader.read(bytes, settings.acceptPascalCaseInput());
        if (read.form() == null) {
            PaycorReplies.validation(ctx, read.errors());
            return;
        }
        CreateOutcome outcome = new CandidateCreation(simulator.store()).create(read.form(), settings.closedJobCreateStatus());
        if (!outcome.isCreated()) {
            PaycorReplies.error(ctx, outcome.status(), outcome.title(), outcome.detail(), outcome.source());
            return;
        }
        AtsCandidate c = outcome.candidate();
        String url = settings.createResponseUrl() == CreateResponseUrl.GENERIC
                ? "v1/myresources/resource?resourceID=" + c.id()
                : "v1/legalEntities/" + simulator.credentials().legalEntityId() + "/ats/" + c.atsAccountId()
                        + "/jobs/" + c.jobId() + "/candidates/" + c.id();
        ObjectNode body = PaycorJson.MAPPER.createObjectNode();
        body.putObject("resourceUrl").put("id", c.id()).put("url", url);
        JsonReplies.send(ctx, 201, body);
    }
}
