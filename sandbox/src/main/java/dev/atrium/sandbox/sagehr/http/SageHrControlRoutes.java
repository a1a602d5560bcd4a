package dev.atrium.sandbox.sagehr.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.sagehr.MutationRequest;
import dev.atrium.sandbox.sagehr.MutationResult;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import dev.atrium.sandbox.sagehr.SageHrSimulator;
import dev.atrium.sandbox.sagehr.SageHrState;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Map;

/**
 * The control API (no auth, JSON in and out), mounted apart from the vendor paths at
 * {@code /_control/sagehr}: mutations, state, settings and reset.
 */
public final class SageHrControlRoutes {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long BODY_LIMIT = 64 * 1024;

    private SageHrControlRoutes() {
    }

    public static Router create(Vertx vertx, SageHrSimulator simulator) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
        router.post("/mutations").handler(ctx -> mutations(ctx, simulator));
        router.get("/state").handler(ctx -> reply(ctx, 200, state(simulator.state())));
        router.get("/settings").handler(ctx -> reply(ctx, 200, MAPPER.valueToTree(simulator.settings())));
        router.put("/settings").handler(ctx -> settings(ctx, simulator));
        router.post("/reset").handler(ctx -> {
            simulator.reset();
            reply(ctx, 200, state(simulator.state()));
        });
        router.route().failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            String message = ctx.failure() == null ? "request failed" : String.valueOf(ctx.failure().getMessage());
            reply(ctx, status, MAPPER.createObjectNode().put("error", message));
        });
        return router;
    }

    private static void mutations(RoutingContext ctx, SageHrSimulator simulator) {
        MutationRequest request;
        try {
            String body = ctx.body().asString();
            request = body == null || body.isBlank() ? MutationRequest.none() : MAPPER.readValue(body, MutationRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            badRequest(ctx, e);
            return;
        }
        MutationResult result = simulator.mutate(request);
        reply(ctx, 200, MAPPER.valueToTree(result));
    }

    /** A partial update: fields left out keep their current value; unknown fields are refused. */
    private static void settings(RoutingContext ctx, SageHrSimulator simulator) {
        try {
            JsonNode patch = MAPPER.readTree(ctx.body().asString() == null ? "{}" : ctx.body().asString());
            if (patch == null || !patch.isObject()) {
                throw new IllegalArgumentException("settings must be a JSON object");
            }
            ObjectNode merged = MAPPER.valueToTree(simulator.settings());
            merge(merged, (ObjectNode) patch);
            SageHrSettings next = MAPPER.treeToValue(merged, SageHrSettings.class);
            reply(ctx, 200, MAPPER.valueToTree(simulator.updateSettings(next)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            badRequest(ctx, e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode current = target.get(field.getKey());
            if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode patchObject) {
                merge(currentObject, patchObject);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static ObjectNode state(SageHrState state) {
        ObjectNode n = MAPPER.createObjectNode();
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
