package dev.atrium.server.api.ratelimit;

import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.EnvironmentStore;
import dev.atrium.server.api.ApiException;
import dev.atrium.server.api.ApiRequest;
import dev.atrium.server.api.ErrorCode;
import dev.atrium.server.api.Responses;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-key rate limit of the /v1 API, counted on the event loop before any endpoint handler runs. A
 * request with an environment's API key is counted against that key's id; its answer carries
 * {@code ratelimit-limit}, {@code ratelimit-remaining} and {@code ratelimit-reset}, and above the limit it is
 * answered HTTP 429 {@code PLATFORM.RATE_LIMIT_EXCEEDED} with {@code Retry-After}. Requests without a valid
 * environment key pass uncounted: their handler refuses them. Counts are per node.
 */
public final class RateLimitHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitHandler.class);
    /** Enough for every key of a large installation; each entry costs well under a kilobyte. */
    private static final int MAX_KEYS = 10_000;
    /** How long a header's key id is trusted without asking the store again (so a revoked key stops counting). */
    private static final Duration KEY_TTL = Duration.ofMinutes(1);

    private final Vertx vertx;
    private final EnvironmentStore environments;
    private final ApiRateLimit rateLimit;
    private final LongSupplier nanoClock;
    private final FixedWindowLimiter limiter;
    private final KeyIds keyIds;

    public RateLimitHandler(Vertx vertx, EnvironmentStore environments, ApiRateLimit rateLimit) {
        this(vertx, environments, rateLimit, System::nanoTime);
    }

    RateLimitHandler(Vertx vertx, EnvironmentStore environments, ApiRateLimit rateLimit, LongSupplier nanoClock) {
        this.vertx = vertx;
        this.environments = environments;
        this.rateLimit = rateLimit;
        this.nanoClock = nanoClock;
        this.limiter = rateLimit.enabled() ? new FixedWindowLimiter(rateLimit, MAX_KEYS, nanoClock) : null;
        this.keyIds = new KeyIds(KEY_TTL.toNanos(), MAX_KEYS);
    }

    @Override
    public void handle(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (limiter == null || authorization == null || authorization.isBlank()) {
            context.next();
            return;
        }
        String headerHash = Json.sha256Hex(authorization.trim());
        KeyIds.Known known = keyIds.get(headerHash, nanoClock.getAsLong());
        if (known != null) {
            count(context, known.keyId());
            return;
        }
        // First sight of this header: which key it is needs the store, so it is asked off the event loop.
        vertx.executeBlocking(() -> environmentKeyId(context), false).onComplete(result -> {
            if (result.failed()) {
                // The store failed; the endpoint's own authentication will report it.
                context.next();
                return;
            }
            keyIds.put(headerHash, result.result(), nanoClock.getAsLong());
            count(context, result.result());
        });
    }

    /** The id of the environment key the request carries, or null when it carries none that is valid. */
    private String environmentKeyId(RoutingContext context) {
        try {
            ApiKeyGrant grant = ApiRequest.authenticate(environments, context.request());
            return grant.scope() == ApiKeyGrant.Scope.ENVIRONMENT ? grant.keyId() : null;
        } catch (ApiException refused) {
            return null;
        }
    }

    private void count(RoutingContext context, String keyId) {
        if (keyId == null) {
            context.next();
            return;
        }
        FixedWindowLimiter.Decision decision = limiter.take(keyId);
        HttpServerResponse response = context.response()
                .putHeader("ratelimit-limit", Integer.toString(decision.limit()))
                .putHeader("ratelimit-remaining", Integer.toString(decision.remaining()))
                .putHeader("ratelimit-reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            context.next();
            return;
        }
        response.putHeader("Retry-After", Long.toString(decision.resetSeconds()));
        if (decision.firstRefusal()) {
            LOG.atWarn().addKeyValue("key_id", keyId).addKeyValue("limit", rateLimit.requests())
                    .addKeyValue("window_seconds", rateLimit.seconds()).addKeyValue("path", context.request().path())
                    .log("api.rate_limited");
        }
        Responses.error(context, new ApiException(ErrorCode.RATE_LIMIT_EXCEEDED, "this API key made "
                + rateLimit.requests() + " requests in its current " + rateLimit.seconds() + "-second window, the"
                + " limit on this server; retry in " + decision.resetSeconds() + " seconds"));
    }
}
