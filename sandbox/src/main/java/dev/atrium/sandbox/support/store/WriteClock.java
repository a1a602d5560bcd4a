package dev.atrium.sandbox.support.store;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time a simulator dates its writes with: now, as a vendor does, but never sooner than a step after the
 * previous write, so writes stay in order and a mutation batch can start on a later second than all before it.
 * Guarded by the store that owns it.
 */
public final class WriteClock {

    private Instant last;

    public WriteClock(Instant start) {
        this.last = start;
    }

    /** Dates one write, at least {@code step} after the previous one. */
    public Instant tick(Duration step) {
        Instant next = last.plus(step);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        last = now.isAfter(next) ? now : next;
        return last;
    }

    /** The date of the latest write (the start before any). */
    public Instant now() {
        return last;
    }
}
