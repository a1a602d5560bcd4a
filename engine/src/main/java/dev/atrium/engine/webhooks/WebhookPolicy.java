package dev.atrium.engine.webhooks;

import java.time.Duration;
import java.util.List;

/**
 * How webhooks are delivered: the wait before each retry (its length is the number of retries), how long a
 * receiver may take to answer, and how many deliveries one node sends at once.
 */
public record WebhookPolicy(List<Duration> retryDelays, Duration timeout, int concurrency) {

    public WebhookPolicy {
        retryDelays = List.copyOf(retryDelays);
    }

    /** Thirteen attempts over about two and a half days, backing off from seconds to a day. */
    public static WebhookPolicy standard() {
        return new WebhookPolicy(List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
                Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1),
                Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(12),
                Duration.ofHours(24)), Duration.ofSeconds(10), 16);
    }

    /**
     * When to try again after {@code failedAttempts} failures, or null to give up. Jitter of up to a fifth
     * spreads retries out; a receiver's Retry-After is honoured when it asks for longer, up to a day.
     */
    public Long retryAt(int failedAttempts, long now, Long retryAfterMillis, double random) {
        if (failedAttempts > retryDelays.size()) {
            return null;
        }
        long delay = retryDelays.get(failedAttempts - 1).toMillis();
        delay += (long) (delay * 0.2 * random);
        if (retryAfterMillis != null) {
            delay = Math.max(delay, Math.min(retryAfterMillis, Duration.ofDays(1).toMillis()));
        }
        return now + delay;
    }
}
