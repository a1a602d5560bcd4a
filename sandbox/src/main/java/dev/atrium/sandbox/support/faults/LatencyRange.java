package dev.atrium.sandbox.support.faults;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Delay added before a request is answered, drawn per request between {@code min} and {@code max} ms. */
public record LatencyRange(@JsonProperty("min") int min, @JsonProperty("max") int max) {

    /** Longer delays would only be timeouts, which have a fault of their own. */
    static final int MAX_MS = 60_000;

    public LatencyRange {
        if (min < 0 || max < min || max > MAX_MS) {
            throw new IllegalArgumentException("latency_ms needs 0 <= min <= max <= " + MAX_MS);
        }
    }
}
