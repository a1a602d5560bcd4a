package dev.atrium.sandbox.support.faults;

import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The body writers of the faults that alter a served JSON answer, and the memory of first pages. */
final class FaultBodies {

    /** Enough for every list of a large data set; past it, new lists are served without repeating. */
    private static final int MAX_PAGES = 10_000;

    private record Page(int status, Buffer body) {
    }

    private final Map<String, Page> firstPages = new ConcurrentHashMap<>();

    /**
     * The body with its first colon turned into {@code =}: it stays plausible text of the right size, and any
     * JSON parser stops at the first member.
     */
    static final JsonReplies.BodyWriter MALFORMED = (ctx, status, body) -> {
        String text = body.toString(StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        String broken = colon < 0 ? "{" + text : text.substring(0, colon) + "=" + text.substring(colon + 1);
        ctx.response().end(broken);
    };

    /** Announces the whole length, sends the first half, then drops the connection, as a failing network does. */
    static final JsonReplies.BodyWriter TRUNCATED = (ctx, status, body) -> {
        if (body.length() < 2) {
            ctx.response().end(body);
            return;
        }
        HttpServerResponse response = ctx.response().putHeader("Content-Length", Integer.toString(body.length()));
        response.write(body.getBuffer(0, body.length() / 2))
                .onComplete(written -> ctx.request().connection().close());
    };

    /** Writes the body as usual and keeps it, when successful, as the page {@code key} repeats from now on. */
    JsonReplies.BodyWriter remember(String key) {
        return (ctx, status, body) -> {
            if (status >= 200 && status < 300 && firstPages.size() < MAX_PAGES) {
                firstPages.putIfAbsent(key, new Page(status, body.copy()));
            }
            ctx.response().end(body);
        };
    }

    /** Answers the page kept for {@code key}; false when none is kept yet. */
    boolean repeat(RoutingContext ctx, String key) {
        Page page = firstPages.get(key);
        if (page == null) {
            return false;
        }
        ctx.response().setStatusCode(page.status()).putHeader("Content-Type", JsonReplies.CONTENT_TYPE)
                .end(page.body().copy());
        return true;
    }
}
