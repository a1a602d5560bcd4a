package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.phenom.PhenomMutationRequest;
import dev.atrium.sandbox.phenom.PhenomSettings;
import dev.atrium.sandbox.phenom.PhenomSimulator;
import dev.atrium.sandbox.phenom.PhenomState;
import dev.atrium.sandbox.support.http.ControlOperations;
import dev.atrium.sandbox.support.http.ControlRoutes;
import dev.atrium.sandbox.support.faults.FaultControlRoutes;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * The control API at {@code /_control/phenom}: the shared mutations, state, settings and reset routes on the
 * Phenom simulator; what its state shows is decided here.
 */
public final class PhenomControlRoutes {

    private PhenomControlRoutes() {
    }

    public static Router create(Vertx vertx, PhenomSimulator simulator) {
        return ControlRoutes.create(vertx, new ControlOperations<>(PhenomSettings.class, simulator::settings,
                simulator::updateSettings, PhenomMutationRequest.class, PhenomMutationRequest.none(), simulator::mutate,
                simulator::reset, () -> state(simulator.state())),
                router -> FaultControlRoutes.mount(router, simulator.faults()));
    }

    private static ObjectNode state(PhenomState state) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("tool", PhenomSimulator.TOOL);
        n.put("seed", state.seed());
        var c = state.counts();
        n.put("clock", PhenomJson.iso(c.clock()));
        n.putObject("counts").put("jobs", c.jobs()).put("posted_jobs", c.postedJobs())
                .put("applications", c.applications()).put("candidates", c.candidates()).put("users", c.users());
        n.putObject("deleted").put("jobs", c.deletedJobs()).put("applications", c.deletedApplications());
        n.putObject("changed").put("jobs", c.changedJobs()).put("applications", c.changedApplications())
                .put("candidates", c.changedCandidates());
        n.putObject("closed").put("jobs", c.closedJobs());
        n.putObject("created").put("applications", c.createdApplications()).put("candidates", c.createdCandidates());
        n.put("mutation_calls", c.mutationCalls());
        n.put("rate_limited_requests", state.rateLimitedRequests());
        n.putObject("tokens").put("issued", state.tokensIssued()).put("refused", state.tokenRequestsRefused());
        n.set("settings", JsonReplies.MAPPER.valueToTree(state.settings()));
        return n;
    }
}
