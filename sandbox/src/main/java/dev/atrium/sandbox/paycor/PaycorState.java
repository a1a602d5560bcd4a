package dev.atrium.sandbox.paycor;

import dev.atrium.sandbox.paycor.auth.TokenStats;
import dev.atrium.sandbox.paycor.store.StoreTotals;
import java.time.Instant;

/**
 * A snapshot of the simulator for tests and the control API: seed, write clock, record counts,
 * settings, how many calls the rate limit refused, and what the token service issued.
 */
public record PaycorState(long seed, Instant clock, StoreTotals totals, PaycorSettings settings,
        long rateLimitedRequests, TokenStats tokens) {
}
