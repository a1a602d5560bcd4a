package dev.atrium.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.http.PassthroughException;
import dev.atrium.engine.http.PassthroughResult;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.Integration;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Kombo's {@code POST /v1/passthrough/{tool}/{api}}: a caller's request sent to the integration's tool with
 * its authentication, answered as {@code {url, status, headers, data}} with {@code warnings}. The tool's own
 * status, 4xx and 5xx included, is data; errors are only for requests that got no answer. It works before the
 * first sync: talking to the tool does not need synced data.
 */
final class PassthroughRoutes {

    private final Engine engine;

    PassthroughRoutes(Engine engine) {
        this.engine = engine;
    }

    void mount(Router router, BiConsumer<RoutingContext, Function<RoutingContext, JsonNode>> blocking) {
        router.post("/v1/passthrough/:tool/:api").handler(context -> blocking.accept(context, this::send));
    }

    private JsonNode send(RoutingContext context) {
        ApiKeyGrant grant = ApiRequest.authenticateEnvironment(engine.environments(), context.request());
        Integration integration = ApiRequest.integrationOf(engine.integrations(), grant,
                ApiRequest.integrationHeader(context.request()), true);
        JsonNode body = ApiRequest.jsonBody(context);
        PassthroughResult result;
        try {
            result = engine.passthrough().send(integration, context.pathParam("tool"), context.pathParam("api"),
                    body);
        } catch (PassthroughException e) {
            throw error(e);
        }
        ObjectNode data = Json.object();
        data.put("url", result.url());
        data.put("status", result.status());
        data.set("headers", result.headers());
        data.set("data", result.data());
        Responses.warnings(context, result.warnings());
        return data;
    }

    private static ApiException error(PassthroughException e) {
        return switch (e.reason()) {
            case INVALID -> ApiException.invalid(e.getMessage());
            case BUSY -> new ApiException(ErrorCode.CONCURRENCY_LIMIT_EXCEEDED, e.getMessage());
            case RATE_LIMITED -> new ApiException(ErrorCode.RATE_LIMIT_EXCEEDED, e.getMessage());
            case TIMED_OUT -> new ApiException(ErrorCode.TASK_TIMED_OUT, e.getMessage());
            // The general code list has nothing for "the tool is unreachable"; 502 says where the fault is.
            case FAILED -> new ApiException(ErrorCode.UNKNOWN_ERROR, 502, e.getMessage());
        };
    }
}
