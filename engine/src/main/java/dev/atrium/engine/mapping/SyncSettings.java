package dev.atrium.engine.mapping;

import java.time.Duration;

/**
 * A connector's sync defaults: how far back a DELTA sync looks before the last sync's start (clocks and
 * search caches are never exact), and optional schedule intervals when the tool warrants other than Atrium's.
 */
public record SyncSettings(Duration deltaLookback, Integer fullEveryMinutes, Integer deltaEveryMinutes) {

    public static SyncSettings defaults() {
        return new SyncSettings(Duration.ofMinutes(10), null, null);
    }
}
