package dev.atrium.server.api.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which API key an Authorization header carries, remembered for a while so that counting a request needs no
 * store lookup: keyed by a SHA-256 of the header, never by the key itself. Remembers "no data-API key" too
 * (unknown, revoked or admin keys), so a client sending a bad key costs one lookup per expiry, not one per
 * request. Bounded like the limiter; thread-safe.
 */
final class KeyIds {

    /** What a header was found to carry: the id of an environment key, or null for none. */
    record Known(String keyId) {
    }

    private record Entry(Known known, long expiresAt) {
    }

    private final long ttlNanos;
    private final Map<String, Entry> entries;

    KeyIds(long ttlNanos, int maxEntries) {
        this.ttlNanos = ttlNanos;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** What the header with this hash carried, or null when not known (or known too long ago). */
    synchronized Known get(String headerHash, long now) {
        Entry entry = entries.get(headerHash);
        if (entry == null || now - entry.expiresAt >= 0) {
            return null;
        }
        return entry.known;
    }

    synchronized void put(String headerHash, String keyId, long now) {
        entries.put(headerHash, new Entry(new Known(keyId), now + ttlNanos));
    }
}
