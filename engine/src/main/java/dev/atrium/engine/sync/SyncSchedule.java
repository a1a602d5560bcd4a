package dev.atrium.engine.sync;

import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationStore;
import java.time.Duration;
import java.util.Optional;

/**
 * When each integration syncs. Defaults as Kombo's: FULL every 10 hours where DELTA is possible, else every 3
 * hours; DELTA every 3 hours. A mapping may set its own defaults and an integration its own intervals. The
 * next sync is due one interval after the last one was queued, so a manual sync pushes the schedule forward.
 */
public final class SyncSchedule {

    /** The installation-wide intervals. */
    public record Defaults(Duration fullWithDelta, Duration fullWithoutDelta, Duration delta) {

        public static Defaults kombo() {
            return new Defaults(Duration.ofHours(10), Duration.ofHours(3), Duration.ofHours(3));
        }
    }

    private final IntegrationStore integrations;
    private final Defaults defaults;

    public SyncSchedule(IntegrationStore integrations, Defaults defaults) {
        this.integrations = integrations;
        this.defaults = defaults;
    }

    public Duration fullInterval(Integration integration, Mapping mapping) {
        if (integration.fullSyncIntervalMinutes() != null) {
            return Duration.ofMinutes(integration.fullSyncIntervalMinutes());
        }
        if (mapping.sync().fullEveryMinutes() != null) {
            return Duration.ofMinutes(mapping.sync().fullEveryMinutes());
        }
        return mapping.supportsDelta() ? defaults.fullWithDelta() : defaults.fullWithoutDelta();
    }

    public Duration deltaInterval(Integration integration, Mapping mapping) {
        if (integration.deltaSyncIntervalMinutes() != null) {
            return Duration.ofMinutes(integration.deltaSyncIntervalMinutes());
        }
        if (mapping.sync().deltaEveryMinutes() != null) {
            return Duration.ofMinutes(mapping.sync().deltaEveryMinutes());
        }
        return defaults.delta();
    }

    /** The sync due now, if any: a FULL one first (a new integration's setup sync is due at once). */
    public Optional<SyncType> due(Integration integration, Mapping mapping, long now) {
        if (integration.nextFullSyncAt() == null || now >= integration.nextFullSyncAt()) {
            return Optional.of(SyncType.FULL);
        }
        if (mapping.supportsDelta() && (integration.nextDeltaSyncAt() == null || now >= integration.nextDeltaSyncAt())) {
            return Optional.of(SyncType.DELTA);
        }
        return Optional.empty();
    }

    /** A sync was queued at {@code now}: the next ones are due one interval later (a FULL covers a DELTA too). */
    void moved(Integration integration, Mapping mapping, SyncType queued, long now) {
        long nextDelta = now + deltaInterval(integration, mapping).toMillis();
        if (queued == SyncType.FULL) {
            integrations.scheduleNext(integration.id(), now + fullInterval(integration, mapping).toMillis(), nextDelta);
        } else {
            Long nextFull = integration.nextFullSyncAt();
            integrations.scheduleNext(integration.id(), nextFull == null ? now : nextFull, nextDelta);
        }
    }
}
