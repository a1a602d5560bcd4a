package dev.atrium.sandbox.icims.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.icims.IcimsMutationRequest;
import dev.atrium.sandbox.icims.IcimsSettings;
import dev.atrium.sandbox.icims.IcimsSimulator;
import dev.atrium.sandbox.icims.IcimsState;
import dev.atrium.sandbox.icims.search.SearchDates;
import dev.atrium.sandbox.support.http.ControlOperations;
import dev.atrium.sandbox.support.http.ControlRoutes;
import dev.atrium.sandbox.support.faults.FaultControlRoutes;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * The control API at {@code /_control/icims}: the shared mutations, state, settings and reset routes on the
 * iCIMS simulator; what its state shows is decided here.
 */
public final class IcimsControlRoutes {

    private IcimsControlRoutes() {
    }

    public static Router create(Vertx vertx, IcimsSimulator simulator) {
        return ControlRoutes.create(vertx, new ControlOperations<>(IcimsSettings.class, simulator::settings,
                simulator::updateSettings, IcimsMutationRequest.class, IcimsMutationRequest.none(), simulator::mutate,
                simulator::reset, () -> state(simulator)),
                router -> FaultControlRoutes.mount(router, simulator.faults()));
    }

    private static ObjectNode state(IcimsSimulator simulator) {
        IcimsState state = simulator.state();
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("tool", IcimsSimulator.TOOL);
        n.put("seed", state.seed());
        n.put("customer_id", simulator.credentials().customerId());
        n.put("clock", SearchDates.format(state.clock()));
        var t = state.totals();
        n.putObject("counts").put("jobs", t.jobs()).put("people", t.people()).put("users", t.users());
        n.putObject("deleted").put("jobs", t.deletedJobs()).put("people", t.deletedPeople())
                .put("workflows", t.deletedWorkflows());
        n.putObject("changed").put("jobs", t.changedJobs()).put("people", t.changedPeople())
                .put("workflows", t.changedWorkflows());
        n.putObject("closed").put("jobs", t.closedJobs());
        n.putObject("created").put("people", t.createdPeople()).put("workflows", t.createdWorkflows());
        n.put("mutation_calls", t.mutationCalls());
        n.put("quota_refusals", state.quotaRefusals());
        n.put("tokens_issued", state.tokensIssued());
        n.set("settings", JsonReplies.MAPPER.valueToTree(state.settings()));
        return n;
    }
}
