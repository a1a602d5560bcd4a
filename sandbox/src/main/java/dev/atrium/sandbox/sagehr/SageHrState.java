package dev.atrium.sandbox.sagehr;

import dev.atrium.sandbox.sagehr.store.StoreCounts;

/**
 * A snapshot of the simulator for tests and the control API: seed, record counts, settings, and how many
 * requests the rate limit refused.
 */
public record SageHrState(long seed, StoreCounts counts, SageHrSettings settings, long rateLimitedRequests) {
}
