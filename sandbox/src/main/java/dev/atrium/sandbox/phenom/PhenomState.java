package dev.atrium.sandbox.phenom;

import dev.atrium.sandbox.phenom.store.StoreCounts;

/**
 * A snapshot of the simulator for tests and the control API: seed, record counts, settings, how many requests
 * the rate limit refused, and what the login host issued and refused.
 */
public record PhenomState(long seed, StoreCounts counts, PhenomSettings settings, long rateLimitedRequests,
        long tokensIssued, long tokenRequestsRefused) {
}
