package dev.atrium.sandbox.support.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault layer of one simulator: a handler put in front of its vendor routes that, while a {@link FaultSpec}
 * is set, delays, refuses, breaks or never answers requests as the spec and the seed decide. Setting a spec
 * starts the request count again, so the n-th request after it always meets the same fault.
 */
public final class FaultInjection implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjection.class);

    /** A spec in force with what it has seen; replaced whole, so a request sees one spec from start to end. */
    private record Armed(FaultPlan plan, FaultCounters counters, FaultBodies bodies) {
    }

    private final String tool;
    private final long seed;
    private final ListRoutes lists;
    private volatile Armed armed;

    /** @param lists the simulator's list routes, the only ones {@code repeat_page} touches */
    public FaultInjection(String tool, long seed, ListRoutes lists) {
        this.tool = tool;
        this.seed = seed;
        this.lists = lists;
    }

    /** Puts {@code spec} in force from the next request on, counting requests from 1 again. */
    public void set(FaultSpec spec) {
        armed = new Armed(new FaultPlan(seed, spec), new FaultCounters(), new FaultBodies());
        LOG.atInfo().addKeyValue("tool", tool).addKeyValue("errors", spec.errors())
                .addKeyValue("timeouts", spec.timeouts()).addKeyValue("malformed_json", spec.malformedJson())
                .addKeyValue("truncated", spec.truncated()).addKeyValue("repeat_page", spec.repeatPage())
                .addKeyValue("bursts", spec.rateLimitBursts() != null).addKeyValue("after_requests", spec.afterRequests())
                .log("faults.set");
    }

    /** Back to serving every request as the simulator does. */
    public void clear() {
        armed = null;
        LOG.atInfo().addKeyValue("tool", tool).log("faults.cleared");
    }

    public Optional<FaultSpec> spec() {
        Armed current = armed;
        return current == null ? Optional.empty() : Optional.of(current.plan().spec());
    }

    /** The {@code GET <control>/faults} body: the spec in force (or null), what it did, and the list routes. */
    public ObjectNode report() {
        Armed current = armed;
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("tool", tool);
        n.put("seed", seed);
        if (current == null) {
            n.putNull("spec");
            n.putNull("counts");
        } else {
            n.set("spec", JsonReplies.MAPPER.valueToTree(current.plan().spec()));
            n.set("counts", current.counters().json());
        }
        lists.spellings().forEach(n.putArray("list_routes")::add);
        return n;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Armed current = armed;
        String path = pathBelowMount(ctx);
        if (current == null || !current.plan().covers(path)) {
            ctx.next();
            return;
        }
        long n = current.counters().nextRequest();
        FaultDecision decision = current.plan().decide(n);
        current.counters().count(decision);
        if (decision.fault() != Fault.NONE) {
            LOG.atDebug().addKeyValue("tool", tool).addKeyValue("request", n).addKeyValue("fault", decision.fault())
                    .addKeyValue("status", decision.status()).addKeyValue("path", path).log("faults.injected");
        }
        if (decision.latencyMs() == 0) {
            apply(ctx, current, decision, path);
            return;
        }
        // Held back while waiting, the body reaches the handlers that the route sets up when it runs on.
        boolean paused = !ctx.request().isEnded();
        if (paused) {
            ctx.request().pause();
        }
        ctx.vertx().setTimer(decision.latencyMs(), id -> {
            apply(ctx, current, decision, path);
            if (paused) {
                ctx.request().resume();
            }
        });
    }

    private void apply(RoutingContext ctx, Armed current, FaultDecision decision, String path) {
        switch (decision.fault()) {
            case TIMEOUT -> {
                // Never answered: the client's own timeout is what ends the exchange.
            }
            case RATE_LIMITED -> {
                int retryAfter = current.plan().spec().rateLimitBursts().retryAfterSeconds();
                if (retryAfter > 0) {
                    ctx.response().putHeader("Retry-After", Integer.toString(retryAfter));
                }
                injectedError(ctx, 429, "rate_limited");
            }
            case ERROR -> injectedError(ctx, decision.status(), "error");
            case MALFORMED_JSON -> next(ctx, FaultBodies.MALFORMED);
            case TRUNCATED -> next(ctx, FaultBodies.TRUNCATED);
            case NONE -> {
                if (!current.plan().spec().repeatPage() || !lists.matches(ctx.request().method(), path)) {
                    ctx.next();
                    return;
                }
                String key = ctx.request().method() + " " + path;
                if (current.bodies().repeat(ctx, key)) {
                    current.counters().repeatedPage();
                } else {
                    next(ctx, current.bodies().remember(key));
                }
            }
        }
    }

    private static void next(RoutingContext ctx, JsonReplies.BodyWriter writer) {
        ctx.put(JsonReplies.BODY_WRITER, writer);
        ctx.next();
    }

    private static void injectedError(RoutingContext ctx, int status, String fault) {
        JsonReplies.send(ctx, status, JsonReplies.MAPPER.createObjectNode()
                .put("error", HttpResponseStatus.valueOf(status).reasonPhrase()).put("injected_fault", fault));
    }

    /** The request path below the router's mount point, as the simulator's routes spell it. */
    private static String pathBelowMount(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String mount = ctx.mountPoint();
        if (mount == null) {
            return path;
        }
        String prefix = mount.endsWith("/") ? mount.substring(0, mount.length() - 1) : mount;
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }
}
