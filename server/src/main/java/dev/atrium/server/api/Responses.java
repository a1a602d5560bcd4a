package dev.atrium.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Writes the API's envelopes: {@code {status:"success", data}} (with {@code warnings} where an endpoint has
 * them) and {@code {status:"error", error}}.
 */
public final class Responses {

    private static final String WARNINGS = "atrium.warnings";

    private Responses() {
    }

    /**
     * The success envelope, serialized by the calling thread: a handler's worker thread serializes its page
     * (a hundred nested records is a few hundred kilobytes) so the event loop only writes bytes.
     */
    public static Buffer successBody(RoutingContext context, JsonNode data) {
        ObjectNode envelope = Json.object();
        envelope.put("status", "success");
        envelope.set("data", data);
        List<String> warnings = context.get(WARNINGS);
        if (warnings != null) {
            ArrayNode array = envelope.putArray("warnings");
            warnings.forEach(message -> array.addObject().put("message", message));
        }
        try {
            return Buffer.buffer(Json.MAPPER.writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    /**
     * Makes this request's success envelope carry Kombo's {@code warnings} array beside {@code data}, as the
     * contract requires on passthrough and write actions (empty when there are none); other endpoints have none.
     */
    public static void warnings(RoutingContext context, List<String> messages) {
        context.put(WARNINGS, List.copyOf(messages));
    }

    public static void error(RoutingContext context, ApiException error) {
        write(context, error.status(), errorBody(error.code(), error.getMessage()));
    }

    public static ObjectNode errorBody(ErrorCode code, String message) {
        ObjectNode envelope = Json.object();
        envelope.put("status", "error");
        ObjectNode error = envelope.putObject("error");
        error.put("code", code.code());
        error.put("title", code.title());
        error.put("message", message);
        error.putNull("log_url");
        return envelope;
    }

    private static void write(RoutingContext context, int status, ObjectNode body) {
        send(context, status, Buffer.buffer(Json.write(body)));
    }

    /** Ends the response with a JSON body, unless the client has gone or an answer was already sent. */
    public static void send(RoutingContext context, int status, Buffer body) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body);
    }
}
