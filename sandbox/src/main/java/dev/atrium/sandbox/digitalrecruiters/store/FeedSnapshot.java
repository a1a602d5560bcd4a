package dev.atrium.sandbox.digitalrecruiters.store;

import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import java.time.Instant;
import java.util.List;

/**
 * The job-ads feed as last regenerated: the open ads at that moment and when it happened, on the store's clock
 * ({@code fetchedAt}) and on the monotonic clock ({@code takenNanos}) that decides when it is stale.
 */
public record FeedSnapshot(List<JobAd> ads, Instant fetchedAt, long takenNanos) {

    public FeedSnapshot {
        ads = List.copyOf(ads);
    }
}
