package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.phenom.PhenomSimulator;
import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.model.Candidate;
import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.phenom.store.Page;
import dev.atrium.sandbox.phenom.store.PhenomStore;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The candidates API (fact sheet 1.4): {@code GET /candidates-api/v1/candidates} by {@code candidateId} or
 * {@code email}, and a job's applicants, {@code GET /candidates-api/applications/v1/jobs/{jobId}/applicants}.
 */
final class CandidateHandlers {

    private final PhenomSimulator simulator;

    CandidateHandlers(PhenomSimulator simulator) {
        this.simulator = simulator;
    }

    void candidate(RoutingContext ctx) {
        String id = ctx.request().getParam("candidateId");
        String email = ctx.request().getParam("email");
        boolean otherKey = ctx.request().getParam("atsId") != null || ctx.request().getParam("linkedInProfileUrl") != null;
        if (blank(id) && blank(email) && !otherKey) {
            PhenomReplies.error(ctx, 400, "One of candidateId, email, atsId or linkedInProfileUrl is required");
            return;
        }
        PhenomStore store = simulator.store();
        // ATS ids and LinkedIn URLs are not part of the generated data, so they never match.
        Optional<Candidate> found = !blank(id) ? store.candidate(id.trim())
                : !blank(email) ? store.candidateByEmail(email.trim()) : Optional.empty();
        if (found.isEmpty()) {
            PhenomReplies.error(ctx, 404, "Candidate not found");
            return;
        }
        ObjectNode body = PhenomJson.MAPPER.createObjectNode();
        body.set("data", new PhenomJson(store.base()).candidate(found.get()));
        PhenomReplies.json(ctx, 200, body);
    }

    /** Every application of the job, closed, internal and deleted-from-the-jobs-list ones included. */
    void applicants(RoutingContext ctx) {
        PhenomStore store = simulator.store();
        Optional<Job> job = store.job(ctx.pathParam("jobId"));
        if (job.isEmpty()) {
            PhenomReplies.error(ctx, 404, "Job not found");
            return;
        }
        Optional<Params> window = Params.read(ctx, "from", "size", simulator.settings().requireFromSize(), simulator.settings());
        if (window.isEmpty()) {
            return;
        }
        Page page = store.jobApplications(job.get().index(), window.get().start(), window.get().count());
        PhenomJson json = new PhenomJson(store.base());
        ObjectNode body = PhenomJson.MAPPER.createObjectNode();
        body.putObject("pagination").put("total", page.total()).put("size", page.items().size())
                .put("from", window.get().start());
        ArrayNode candidates = body.putObject("data").putArray("candidates");
        for (Application a : page.items()) {
            candidates.add(json.applicant(a, store.currentCandidate(a.candidateIndex())));
        }
        PhenomReplies.json(ctx, 200, body);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
