package dev.atrium.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.atrium.engine.ids.RecordIds;
import java.util.List;
import java.util.Map;

/** Tracked applications on every backend: tracking twice, learning candidates, one integration's only. */
class TrackedApplicationStoreTest {

    @StoreTest
    void trackingAgainKeepsTheFirstDateAndOriginAndOnlyFillsInAnUnknownCandidate(StoreFixture store) {
        TrackedApplicationStore tracked = new TrackedApplicationStore(store.database);
        String integration = store.integration.id();
        TrackedApplication first = tracked.track(integration, "a1", null, TrackedApplication.Origin.CREATED, 1_000);
        assertNull(first.candidateId());
        assertEquals(RecordIds.of(integration, "applications", "a1"), first.applicationId());

        TrackedApplication again = tracked.track(integration, "a1", "c1", TrackedApplication.Origin.IMPORTED, 2_000);
        assertEquals(TrackedApplication.Origin.CREATED, again.origin());
        assertEquals(1_000, again.trackedAt());
        assertEquals("c1", again.candidateRemoteId());
        assertEquals(RecordIds.of(integration, "candidates", "c1"), again.candidateId());

        TrackedApplication third = tracked.track(integration, "a1", null, TrackedApplication.Origin.IMPORTED, 3_000);
        assertEquals("c1", third.candidateRemoteId(), "a later import without a candidate forgets nothing");
    }

    @StoreTest
    void learnedCandidatesFillOnlyApplicationsWithoutOne(StoreFixture store) {
        TrackedApplicationStore tracked = new TrackedApplicationStore(store.database);
        String integration = store.integration.id();
        tracked.track(integration, "a1", null, TrackedApplication.Origin.IMPORTED, 1);
        tracked.track(integration, "a2", "c2", TrackedApplication.Origin.IMPORTED, 1);
        tracked.track(store.newIntegration().id(), "a3", null, TrackedApplication.Origin.IMPORTED, 1);
        tracked.learnCandidates(integration, Map.of("a1", "learned-1", "a2", "learned-2"));

        List<TrackedApplication> listed = tracked.list(integration);
        assertEquals(List.of("a1", "a2"), listed.stream().map(TrackedApplication::applicationRemoteId).toList());
        assertEquals("learned-1", listed.get(0).candidateId());
        assertEquals(RecordIds.of(integration, "candidates", "c2"), listed.get(1).candidateId());
    }
}
