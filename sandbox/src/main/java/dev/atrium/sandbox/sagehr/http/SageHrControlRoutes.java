package dev.atrium.sandbox.sagehr.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.sagehr.MutationRequest;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import dev.atrium.sandbox.sagehr.SageHrSimulator;
import dev.atrium.sandbox.sagehr.SageHrState;
import dev.atrium.sandbox.support.faults.FaultControlRoutes;
import dev.atrium.sandbox.support.http.ControlOperations;
import dev.atrium.sandbox.support.http.ControlRoutes;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * The control API at {@code /_control/sagehr}: the shared mutations, state, settings and reset routes on the
 * Sage HR simulator; what its state shows is decided here.
 */
public final class SageHrControlRoutes {

    private SageHrControlRoutes() {
    }

    public static Router create(Vertx vertx, SageHrSimulator simulator) {
        return ControlRoutes.create(vertx, new ControlOperations<>(SageHrSettings.class, simulator::settings,
                simulator::updateSettings, MutationRequest.class, MutationRequest.none(), simulator::mutate,
                simulator::reset, () -> state(simulator.state())),
                router -> FaultControlRoutes.mount(router, simulator.faults()));
    }

    private static ObjectNode state(SageHrState state) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("tool", SageHrSimulator.TOOL);
        n.put("seed", state.seed());
        var c = state.counts();
        n.putObject("counts").put("positions", c.positions()).put("applicants", c.applicants())
                .put("employees", c.employees()).put("teams", c.teams());
        n.putObject("deleted").put("positions", c.deletedPositions()).put("applicants", c.deletedApplicants())
                .put("applicants_with_positions", c.applicantsRemovedWithPositions());
        n.putObject("changed").put("positions", c.changedPositions()).put("applicants", c.changedApplicants());
        n.putObject("closed").put("positions", c.closedPositions());
        n.putObject("created").put("applicants", c.createdApplicants());
        n.put("mutation_calls", c.mutationCalls());
        n.put("rate_limited_requests", state.rateLimitedRequests());
        n.set("settings", JsonReplies.MAPPER.valueToTree(state.settings()));
        return n;
    }
}
