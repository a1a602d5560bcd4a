package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.phenom.PhenomSimulator;
import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.phenom.store.PhenomStore;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /jobs-api/v1/jobs} (fact sheet 1.4): postable jobs only, filtered by {@code jobId}, {@code locale},
 * {@code category} and {@code siteType}, paged by {@code offset/limit} with {@code totalRecordsCount}.
 */
final class JobHandlers {

    private final PhenomSimulator simulator;

    JobHandlers(PhenomSimulator simulator) {
        this.simulator = simulator;
    }

    void list(RoutingContext ctx) {
        Optional<Params> page = Params.read(ctx, "offset", "limit", false, simulator.settings());
        if (page.isEmpty()) {
            return;
        }
        String jobId = ctx.request().getParam("jobId");
        String locale = ctx.request().getParam("locale");
        String category = ctx.request().getParam("category");
        String siteType = ctx.request().getParam("siteType");
        PhenomStore store = simulator.store();
        List<Job> matches = store.liveJobs().stream()
                .filter(j -> j.status().isPosted())
                .filter(j -> blank(jobId) || j.jobId().equals(jobId))
                .filter(j -> blank(locale) || j.locale().equalsIgnoreCase(locale))
                .filter(j -> blank(category) || j.category().equalsIgnoreCase(category))
                .filter(j -> blank(siteType) || j.siteType().equalsIgnoreCase(siteType))
                .toList();
        PhenomJson json = new PhenomJson(store.base());
        ObjectNode body = PhenomJson.MAPPER.createObjectNode();
        body.put("status", "success");
        body.put("offset", page.get().start());
        body.put("limit", page.get().count());
        body.put("totalRecordsCount", matches.size());
        var data = body.putArray("data");
        long end = Math.min(matches.size(), page.get().start() + page.get().count());
        for (long i = page.get().start(); i < end; i++) {
            data.add(json.job(matches.get((int) i)));
        }
        PhenomReplies.json(ctx, 200, body);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
