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
    /** Context key of a {@link BodyWriter} that writes this request's JSON body instead (fault injection). */
    public static final String BODY_WRITER = "sandbox.json_body_writer";

    /** Ends a response whose status and content type are set, with a rendered JSON body. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(RoutingContext ctx, int status, Buffer body);
    }

    private JsonReplies() {
    }

    public static void send(RoutingContext ctx, int status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE);
        BodyWriter writer = ctx.get(BODY_WRITER);
        if (writer != null) {
            writer.write(ctx, status, Buffer.buffer(bytes));
        } else {
            ctx.response().end(Buffer.buffer(bytes));
        }
    }
}
