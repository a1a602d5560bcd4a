package dev.atrium.sandbox.digitalrecruiters;

import dev.atrium.sandbox.digitalrecruiters.store.StoreTotals;

/**
 * A snapshot of the simulator for tests and the control API: seed, record counts, settings, how many requests the
 * rate limit refused and how many tokens were issued.
 */
public record DigitalRecruitersState(long seed, StoreTotals totals, DigitalRecruitersSettings settings,
        long rateLimitedRequests, long tokensIssued) {
}
