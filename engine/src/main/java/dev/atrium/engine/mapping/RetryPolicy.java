package dev.atrium.engine.mapping;

import java.time.Duration;
import java.util.Set;

/**
 * When and how a failed request is tried again. Only idempotent reads are retried by the sync; the delay
 * doubles from {@code initialDelay} up to {@code maxDelay}, with jitter, and a {@code Retry-After} header
 * wins when the tool sends one (up to {@code maxRetryAfter}).
 */
public record RetryPolicy(int maxAttempts, Set<Integer> statuses, Duration initialDelay, Duration maxDelay,
        Duration maxRetryAfter) {

    public RetryPolicy {
        statuses = Set.copyOf(statuses);
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Set.of(429, 500, 502, 503, 504), Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofMinutes(5));
    }
}
