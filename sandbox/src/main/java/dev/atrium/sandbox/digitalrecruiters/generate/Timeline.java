package dev.atrium.sandbox.digitalrecruiters.generate;

import java.time.Duration;
import java.time.Instant;

/**
 * Fixed points in time of the generated account, so data never depends on the wall clock. Generated
 * applications arrive in id order between {@link #FIRST_APPLICATION} and {@link #LAST_APPLICATION}, so sorting
 * by id and by creation date agree, as with an auto-increment key.
 */
public final class Timeline {

    /** The moment the generated data describes: the newest base record is older than this. */
    public static final Instant GENERATED_AT = Instant.parse("2025-06-02T09:00:00Z");
    static final Instant FIRST_APPLICATION = GENERATED_AT.minus(Duration.ofDays(540));
    static final Instant LAST_APPLICATION = GENERATED_AT.minus(Duration.ofHours(2));

    private Timeline() {
    }

    /** When generated application {@code index} of {@code total} arrived; {@code jitter} in [0, 1). */
    static Instant arrival(long index, double jitter, long total) {
        long span = Duration.between(FIRST_APPLICATION, LAST_APPLICATION).getSeconds();
        return FIRST_APPLICATION.plusSeconds((long) ((index + jitter) / Math.max(1, total) * span));
    }

    static Instant notAfterLatest(Instant at) {
        return at.isAfter(LAST_APPLICATION) ? LAST_APPLICATION : at;
    }
}
