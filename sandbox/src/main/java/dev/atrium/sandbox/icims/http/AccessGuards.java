package dev.atrium.sandbox.icims.http;

import dev.atrium.sandbox.icims.IcimsSettings;
import dev.atrium.sandbox.icims.IcimsSimulator;
import dev.atrium.sandbox.icims.auth.DailyQuota;
import dev.atrium.sandbox.support.SeededHash;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What runs before every vendor call, in order: credentials (Basic or Bearer), the daily quota with its
 * {@code x-ratelimit-*} headers, then the customer id of the path.
 */
final class AccessGuards {

    private static final int TRANSACTION = 3951;

    private final IcimsSimulator simulator;
    private final AtomicLong transactions = new AtomicLong();

    AccessGuards(IcimsSimulator simulator) {
        this.simulator = simulator;
    }

    void credentials(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "basic ", 0, 6) && basic(header.substring(6).trim())) {
            ctx.next();
            return;
        }
        if (header != null && header.regionMatches(true, 0, "bearer ", 0, 7)
                && simulator.tokens().valid(header.substring(7).trim(), System.nanoTime())) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"iCIMS\"");
        IcimsReplies.error(ctx, simulator.settings().invalidCredentialsStatus(), IcimsReplies.INVALID_CREDENTIALS,
                "Invalid Username or Password credentials provided.");
    }

    private boolean basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String expected = simulator.credentials().username() + ":" + simulator.credentials().password();
        return MessageDigest.isEqual(pair.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Every authenticated call counts against the day; the headers come on every such answer (fact sheet A5). */
    void quota(RoutingContext ctx) {
        IcimsSettings s = simulator.settings();
        DailyQuota.Use use = simulator.quota().acquire(s.dailyQuota(), System.currentTimeMillis() / 1000);
        long limit = s.dailyQuota() == 0 ? Integer.MAX_VALUE : s.dailyQuota();
        ctx.response().putHeader("x-ratelimit-limit", Long.toString(limit))
                .putHeader("x-ratelimit-remaining", Long.toString(Math.max(0, use.remaining())))
                .putHeader("x-ratelimit-reset", Long.toString(use.resetSeconds()))
                .putHeader("x-transaction", transaction());
        if (!use.allowed()) {
            // No status or body is documented for a spent quota; the iCIMS error shape carries it.
            IcimsReplies.error(ctx, s.quotaExhaustedStatus(), 0, "The daily web services call limit has been reached.");
            return;
        }
        ctx.next();
    }

    /** Only the simulated customer exists; any other id is not found. */
    void customer(RoutingContext ctx) {
        if (!Integer.toString(simulator.credentials().customerId()).equals(ctx.pathParam("customerId"))) {
            IcimsReplies.notFound(ctx, "Customer");
            return;
        }
        ctx.next();
    }

    /** A GUID in braces, as the observed {@code x-transaction} header; from the seed and a counter. */
    private String transaction() {
        long n = transactions.getAndIncrement();
        SeededHash hash = new SeededHash(simulator.seed());
        String hex = String.format(Locale.ROOT, "%016X%016X", hash.bits(TRANSACTION, n), hash.bits(TRANSACTION + 1, n));
        return "{" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20) + "}";
    }
}
