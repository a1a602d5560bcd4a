package dev.atrium.sandbox.support.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;

/** Logs each request of a vendor router at debug level once its response has been sent. */
public final class RequestLog {

    private RequestLog() {
    }

    /** A handler to put first on a router; {@code event} names the log line, e.g. {@code sagehr.request}. */
    public static Handler<RoutingContext> atDebug(Logger log, String event) {
        return ctx -> {
            ctx.addEndHandler(done -> log.atDebug().addKeyValue("method", ctx.request().method())
                    .addKeyValue("path", ctx.normalizedPath()).addKeyValue("status", ctx.response().getStatusCode())
                    .log(event));
            ctx.next();
        };
    }
}
