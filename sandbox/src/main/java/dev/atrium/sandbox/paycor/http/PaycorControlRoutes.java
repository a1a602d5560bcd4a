package dev.atrium.sandbox.paycor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.paycor.PaycorMutationRequest;
import dev.atrium.sandbox.paycor.PaycorMutationResult;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.paycor.PaycorState;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Map;

/**
 * The control API (no auth, JSON in and out), mounted apart from the vendor paths at
 * {@code /_control/paycor}: mutations, state, settings, reset, and a fresh refresh token.
 */
public final class PaycorControlRoutes {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long BODY_LIMIT = 64 * 1024;

    private PaycorControlRoutes() {
    }

    public static Router create(Vertx vertx, PaycorSimulator simulator) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
        router.post("/mutations").handler(ctx -> mutations(ctx, simulator));
        router.get("/state").handler(ctx -> reply(ctx, 200, state(simulator)));
        router.get("/settings").handler(ctx -> reply(ctx, 200, MAPPER.valueToTree(simulator.settings())));
        router.put("/settings").handler(ctx -> settings(ctx, simulator));
        router.post("/reset").handler(ctx -> {
            simulator.reset();
            reply(ctx, 200, state(simulator));
        });
        router.post("/authorize").handler(ctx ->
                reply(ctx, 200, MAPPER.createObjectNode().put("refresh_token", simulator.authorize())));
        router.route().failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            String message = ctx.failure() == null ? "request failed" : String.valueOf(ctx.failure().getMessage());
            reply(ctx, status, MAPPER.createObjectNode().put("error", message));
        });
        return router;
    }

    private static void mutations(RoutingContext ctx, PaycorSimulator simulator) {
        PaycorMutationRequest request;
        try {
            String body = ctx.body().asString();
            request = body == null || body.isBlank() ? PaycorMutationRequest.none() : MAPPER.readValue(body, PaycorMutationRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            badRequest(ctx, e);
            return;
        }
        PaycorMutationResult result = simulator.mutate(request);
        reply(ctx, 200, MAPPER.valueToTree(result));
    }

    /** A partial update: fields left out keep their current value; unknown fields are refused. */
    private static void settings(RoutingContext ctx, PaycorSimulator simulator) {
        try {
            JsonNode patch = MAPPER.readTree(ctx.body().asString() == null ? "{}" : ctx.body().asString());
            if (patch == null || !patch.isObject()) {
                throw new IllegalArgumentException("settings must be a JSON object");
            }
            ObjectNode merged = MAPPER.valueToTree(simulator.settings());
            merge(merged, (ObjectNode) patch);
            PaycorSettings next = MAPPER.treeToValue(merged, PaycorSettings.class);
            reply(ctx, 200, MAPPER.valueToTree(simulator.updateSettings(next)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            badRequest(ctx, e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode current = target.get(field.getKey());
            if (current == null) {
                throw new IllegalArgumentException("unknown setting: " + field.getKey());
            }
            if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode patchObject) {
                merge(currentObject, patchObject);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static ObjectNode state(PaycorSimulator simulator) {
        PaycorState state = simulator.state();
        ObjectNode n = MAPPER.createObjectNode();
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
        n.set("settings", MAPPER.valueToTree(state.settings()));
        return n;
    }

    private static void badRequest(RoutingContext ctx, Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        reply(ctx, 400, MAPPER.createObjectNode().put("error", message));
    }

    private static void reply(RoutingContext ctx, int status, JsonNode body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(Buffer.buffer(MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
