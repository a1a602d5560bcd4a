package dev.atrium.sandbox.digitalrecruiters.store;

import dev.atrium.sandbox.digitalrecruiters.generate.Timeline;
import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.support.store.EditableRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that changed since the data set was generated: edits, deletions, created applications, the cached
 * feed and the logical clock that dates them. The generated base is never touched.
 * Not thread-safe: {@link DigitalRecruitersStore} guards it.
 */
final class Overlay {

    final EditableRecords<JobAd> ads;
    final DeletedRanges deletedBase = new DeletedRanges();
    final Set<Long> deletedCreated = new HashSet<>();
    final Map<Long, Application> changed = new HashMap<>();
    final Map<Long, Application> created = new LinkedHashMap<>();
    long deletedApplicationCount;
    long removedWithJobsCount;
    long nextApplicationId;
    long mutationCalls;
    FeedSnapshot feed;
    private Instant clock = Timeline.GENERATED_AT;

    Overlay(List<JobAd> baseAds, long firstCreatedId) {
        this.ads = new EditableRecords<>(baseAds);
        this.nextApplicationId = firstCreatedId;
    }

    /** Advances the logical clock; writes are dated by it so that replays give identical data. */
    Instant tick(Duration step) {
        clock = clock.plus(step);
        return clock;
    }

    Instant now() {
        return clock;
    }

    void addCreated(Application application) {
        created.put(application.id(), application);
    }
}
