package dev.atrium.server.api.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The memory of which key a header carries: it expires, and it stays small. */
class KeyIdsTest {

    @Test
    void remembersKeysAndNonKeysUntilTheyExpire() {
        KeyIds keyIds = new KeyIds(100, 10);
        keyIds.put("hash-a", "key-a", 1_000);
        keyIds.put("hash-bad", null, 1_000);
        assertEquals("key-a", keyIds.get("hash-a", 1_099).keyId());
        assertNull(keyIds.get("hash-bad", 1_099).keyId(), "known not to be a data-API key");
        assertNull(keyIds.get("hash-a", 1_100), "expired: ask the store again");
        assertNull(keyIds.get("hash-other", 1_000), "never seen");
    }

    @Test
    void forgetsTheLeastRecentlySeenBeyondItsBound() {
        KeyIds keyIds = new KeyIds(1_000_000, 2);
        keyIds.put("hash-a", "key-a", 0);
        keyIds.put("hash-b", "key-b", 0);
        keyIds.get("hash-a", 1);
        keyIds.put("hash-c", "key-c", 2);
        assertNull(keyIds.get("hash-b", 3));
        assertEquals("key-a", keyIds.get("hash-a", 3).keyId());
        assertEquals("key-c", keyIds.get("hash-c", 3).keyId());
    }
}
