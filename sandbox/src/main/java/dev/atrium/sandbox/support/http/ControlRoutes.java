package dev.atrium.sandbox.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.function.Consumer;

/**
 * The control API every simulator mounts at {@code /_control/{tool}} (no auth, JSON in and out):
 * {@code POST /mutations}, {@code GET /state}, {@code GET|PUT /settings} and {@code POST /reset}. Bad input
 * answers 400 with {@code {"error": "..."}}.
 */
public final class ControlRoutes {

    private static final long BODY_LIMIT = 64 * 1024;

    private ControlRoutes() {
    }

    public static <S, Q> Router create(Vertx vertx, ControlOperations<S, Q> operations) {
        return create(vertx, operations, router -> { });
    }

    /** The same with the simulator's own extra routes, added before the failure handler. */
    public static <S, Q> Router create(Vertx vertx, ControlOperations<S, Q> operations, Consumer<Router> extraRoutes) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
        router.post("/mutations").handler(ctx -> mutations(ctx, operations));
        router.get("/state").handler(ctx -> JsonReplies.send(ctx, 200, operations.state().get()));
        router.get("/settings").handler(ctx ->
                JsonReplies.send(ctx, 200, JsonReplies.MAPPER.valueToTree(operations.settings().get())));
        router.put("/settings").handler(ctx -> settings(ctx, operations));
        router.post("/reset").handler(ctx -> {
            operations.reset().run();
            JsonReplies.send(ctx, 200, operations.state().get());
        });
        extraRoutes.accept(router);
        router.route().failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            String message = ctx.failure() == null ? "request failed" : String.valueOf(ctx.failure().getMessage());
            JsonReplies.send(ctx, status, JsonReplies.MAPPER.createObjectNode().put("error", message));
        });
        return router;
    }

    private static <S, Q> void mutations(RoutingContext ctx, ControlOperations<S, Q> operations) {
        Q request;
        try {
            String body = ctx.body().asString();
            request = body == null || body.isBlank() ? operations.noMutation()
                    : JsonReplies.MAPPER.readValue(body, operations.mutationType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            badRequest(ctx, e);
            return;
        }
        Object result = operations.mutate().apply(request);
        JsonReplies.send(ctx, 200, JsonReplies.MAPPER.valueToTree(result));
    }

    private static <S, Q> void settings(RoutingContext ctx, ControlOperations<S, Q> operations) {
        try {
            S next = SettingsPatch.apply(JsonReplies.MAPPER, operations.settings().get(), operations.settingsType(),
                    ctx.body().asString());
            JsonReplies.send(ctx, 200, JsonReplies.MAPPER.valueToTree(operations.updateSettings().apply(next)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            badRequest(ctx, e);
        }
    }

    private static void badRequest(RoutingContext ctx, Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        JsonReplies.send(ctx, 400, JsonReplies.MAPPER.createObjectNode().put("error", message));
    }
}
