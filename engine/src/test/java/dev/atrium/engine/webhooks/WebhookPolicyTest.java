package dev.atrium.engine.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPolicyTest {

    private final WebhookPolicy policy = new WebhookPolicy(List.of(Duration.ofSeconds(10), Duration.ofMinutes(5)),
            Duration.ofSeconds(10), 4);

    @Test
    void backsOffAlongTheScheduleWithJitterThenGivesUp() {
        assertEquals(10_000, policy.retryAt(1, 0, null, 0.0));
        assertEquals(12_000, policy.retryAt(1, 0, null, 1.0), "at most a fifth of jitter");
        assertEquals(300_000, policy.retryAt(2, 0, null, 0.0));
        assertNull(policy.retryAt(3, 0, null, 0.0), "two retries, then the delivery failed");
    }

    @Test
    void aReceiverAskingForLongerIsHeardButNotForMoreThanADay() {
        assertEquals(60_000, policy.retryAt(1, 0, 60_000L, 0.0));
        assertEquals(10_000, policy.retryAt(1, 0, 1_000L, 0.0), "never sooner than the schedule");
        assertEquals(Duration.ofDays(1).toMillis(), policy.retryAt(1, 0, Duration.ofDays(9).toMillis(), 0.0));
    }

    @Test
    void theStandardPolicyKeepsTryingForDays() {
        WebhookPolicy standard = WebhookPolicy.standard();
        long total = standard.retryDelays().stream().mapToLong(Duration::toMillis).sum();
        assertTrue(total > Duration.ofDays(2).toMillis(), "a receiver down over a weekend still gets its webhooks");
    }
}
