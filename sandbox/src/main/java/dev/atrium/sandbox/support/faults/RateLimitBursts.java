package dev.atrium.sandbox.support.faults;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Runs of 429 answers: of every {@code every} requests, the last {@code length} are refused with
 * {@code Retry-After: retryAfterSeconds}, so a client sees a burst it has to wait out, then service again.
 */
public record RateLimitBursts(
        @JsonProperty("every") int every,
        @JsonProperty("length") int length,
        @JsonProperty("retry_after_seconds") int retryAfterSeconds) {

    public RateLimitBursts {
        if (every < 1 || length < 1 || length > every) {
            throw new IllegalArgumentException("rate_limit_bursts needs 1 <= length <= every");
        }
        if (retryAfterSeconds < 0 || retryAfterSeconds > 3600) {
            throw new IllegalArgumentException("retry_after_seconds must be between 0 and 3600");
        }
    }

    /** Whether the {@code n}-th faultable request (from 1) falls in a burst. */
    boolean covers(long n) {
        return (n - 1) % every >= every - length;
    }
}
