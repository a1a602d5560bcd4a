package dev.atrium.sandbox.phenom.generate;

import java.time.Duration;
import java.time.Instant;

/** Fixed points in time of the generated tenant, so that data never depends on the wall clock. */
public final class Timeline {

    /** The moment the generated data describes: every generated date lies before it. */
    public static final Instant GENERATED_AT = Instant.parse("2025-06-02T09:00:00Z");
    /** Latest arrival of a generated application. */
    static final Instant LATEST = GENERATED_AT.minus(Duration.ofHours(3));
    /** How far back the oldest job goes. */
    static final int HISTORY_DAYS = 730;

    private Timeline() {
    }
}
