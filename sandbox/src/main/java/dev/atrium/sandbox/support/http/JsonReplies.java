package dev.atrium.sandbox.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.UncheckedIOException;

/** The JSON mapper every simulator renders with, and the one way a JSON response is written. */
public final class JsonReplies {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private JsonReplies() {
    }

    public static void send(RoutingContext ctx, int status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE).end(Buffer.buffer(bytes));
    }
}
