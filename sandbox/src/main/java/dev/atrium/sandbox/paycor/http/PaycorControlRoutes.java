package dev.atrium.sandbox.paycor.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.paycor.PaycorMutationRequest;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.paycor.PaycorState;
import dev.atrium.sandbox.support.faults.FaultControlRoutes;
import dev.atrium.sandbox.support.http.ControlOperations;
import dev.atrium.sandbox.support.http.ControlRoutes;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * The control API at {@code /_control/paycor}: the shared mutations, state, settings and reset routes on the
 * Paycor simulator, plus {@code POST /authorize} for a fresh refresh token; what its state shows is decided here.
 */
public final class PaycorControlRoutes {

    private PaycorControlRoutes() {
    }

    public static Router create(Vertx vertx, PaycorSimulator simulator) {
        ControlOperations<PaycorSettings, PaycorMutationRequest> operations = new ControlOperations<>(
                PaycorSettings.class, simulator::settings, simulator::updateSettings, PaycorMutationRequest.class,
                PaycorMutationRequest.none(), simulator::mutate, simulator::reset, () -> state(simulator));
        return ControlRoutes.create(vertx, operations, router -> {
            router.post("/authorize").handler(ctx -> JsonReplies.send(ctx, 200,
                    JsonReplies.MAPPER.createObjectNode().put("refresh_token", simulator.authorize())));
            FaultControlRoutes.mount(router, simulator.faults());
        });
    }

    private static ObjectNode state(PaycorSimulator simulator) {
        PaycorState state = simulator.state();
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("tool", PaycorSimulator.TOOL);
        n.put("seed", state.seed());
        n.put("clock", PaycorJson.iso(state.clock()));
        n.put("legal_entity_id", simulator.credentials().legalEntityId());
        var t = state.totals();
        n.putObject("counts").put("ats_accounts", t.atsAccounts()).put("jobs", t.jobs())
                .put("candidates", t.candidates()).put("users", t.users());
        n.putObject("deleted").put("jobs", t.deletedJobs()).put("candidates", t.deletedCandidates())
                .put("candidates_with_jobs", t.candidatesRemovedWithJobs());
        n.putObject("changed").put("jobs", t.changedJobs()).put("candidates", t.changedCandidates());
        n.putObject("closed").put("jobs", t.closedJobs());
        n.putObject("created").put("candidates", t.createdCandidates());
        n.put("mutation_calls", t.mutationCalls());
        n.put("rate_limited_requests", state.rateLimitedRequests());
        var k = state.tokens();
        n.putObject("tokens").put("access_tokens_issued", k.accessTokensIssued())
                .put("refresh_tokens_issued", k.refreshTokensIssued()).put("refreshes_refused", k.refreshesRefused())
                .put("live_refresh_tokens", k.liveRefreshTokens()).put("live_access_tokens", k.liveAccessTokens());
        n.put("continuation_tokens", simulator.continuationTokens().size());
        n.set("settings", JsonReplies.MAPPER.valueToTree(state.settings()));
        return n;
    }
}
