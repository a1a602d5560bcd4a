package dev.atrium.sandbox.paycor.http;

import dev.atrium.sandbox.paycor.generate.Guids;
import dev.atrium.sandbox.support.SeededHash;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The continuation tokens handed out with pages. A token is a GUID computed from what it points at
 * (list, filter, last record served), so asking for the same page twice gives the same token and a
 * replayed run sees the same values; the registry remembers what each token points at, when it was
 * issued, and refuses tokens it never issued or that outlived their lifetime.
 */
public final class ContinuationTokens {

    /**
     * Where a token points.
     *
     * @param scope  the list it belongs to, e.g. the candidates of one job
     * @param filter the list's filters at the first page, which later pages keep
     * @param after  ordinal of the last record served; the next page starts after it
     */
    public record Position(String scope, Object filter, long after) {
    }

    private record Entry(Position position, long issuedNanos) {
    }

    private static final int STREAM = 2101;
    // Bounds the memory a long benchmark can take; the oldest tokens go first.
    private static final int CAPACITY = 200_000;

    private final SeededHash hash;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    public ContinuationTokens(long seed) {
        this.hash = new SeededHash(seed);
    }

    public synchronized String issue(Position position, long nowNanos) {
        long key = fingerprint(position.scope() + "|" + position.filter() + "|" + position.after());
        String token = Guids.of(hash.bits(STREAM, key), hash.bits(STREAM + 1, key));
        entries.put(token, new Entry(position, nowNanos));
        return token;
    }

    /** What a token points at, if it was issued for this list and is still valid. */
    public synchronized Optional<Position> resolve(String token, String scope, long ttlNanos, long nowNanos) {
        String key = token.trim().toLowerCase(Locale.ROOT);
        Entry entry = entries.get(key);
        if (entry == null || !entry.position().scope().equals(scope)) {
            return Optional.empty();
        }
        if (nowNanos - entry.issuedNanos() > ttlNanos) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.position());
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }

    /** 64-bit FNV-1a of the text. */
    private static long fingerprint(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
