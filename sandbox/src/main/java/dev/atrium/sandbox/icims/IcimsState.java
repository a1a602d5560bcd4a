package dev.atrium.sandbox.icims;

import dev.atrium.sandbox.icims.store.StoreTotals;
import java.time.Instant;

/**
 * A snapshot of the simulator for tests and the control API: seed, write clock, record counts, settings,
 * how many calls the daily quota refused and how many tokens were issued.
 */
public record IcimsState(long seed, Instant clock, StoreTotals totals, IcimsSettings settings, long quotaRefusals,
        long tokensIssued) {
}
