package dev.atrium.sandbox.support.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET|POST|DELETE /faults} on a simulator's control router (which already reads bodies): read, replace
 * and clear its fault spec. A spec that does not parse or check answers 400 with {@code {"error": "..."}}.
 */
public final class FaultControlRoutes {

    private FaultControlRoutes() {
    }

    /** Adds the routes; pass it as the extra routes of {@code ControlRoutes.create}. */
    public static void mount(Router router, FaultInjection faults) {
        router.get("/faults").handler(ctx -> JsonReplies.send(ctx, 200, faults.report()));
        router.post("/faults").handler(ctx -> set(ctx, faults));
        router.delete("/faults").handler(ctx -> {
            faults.clear();
            JsonReplies.send(ctx, 200, faults.report());
        });
    }

    private static void set(RoutingContext ctx, FaultInjection faults) {
        String body = ctx.body().asString();
        if (body == null || body.isBlank()) {
            badRequest(ctx, "a fault spec is required (DELETE clears the faults)");
            return;
        }
        try {
            faults.set(JsonReplies.MAPPER.readValue(body, FaultSpec.class));
        } catch (ValueInstantiationException e) {
            // The spec's own check failed: its message says which field and why.
            badRequest(ctx, e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage());
            return;
        } catch (JsonProcessingException e) {
            badRequest(ctx, e.getOriginalMessage());
            return;
        }
        JsonReplies.send(ctx, 200, faults.report());
    }

    private static void badRequest(RoutingContext ctx, String message) {
        JsonReplies.send(ctx, 400, JsonReplies.MAPPER.createObjectNode().put("error", message));
    }
}
