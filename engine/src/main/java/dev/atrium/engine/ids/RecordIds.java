package dev.atrium.engine.ids;

import dev.atrium.engine.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Atrium ids: 24 base58 characters. Record ids are derived from integration, model and remote id, so a
 * re-sync keeps them and a mapping can compute the id of a record it references without a lookup.
 */
public final class RecordIds {

    public static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecordIds() {
    }

    /** The id of one record; frozen: changing it would renumber every stored record. */
    public static String of(String integrationId, String model, String remoteId) {
        String key = integrationId + '\n' + model + '\n' + remoteId;
        return fit(Base58.encode(Json.sha256(key.getBytes(StandardCharsets.UTF_8))));
    }

    /** A fresh random id, for things that have no remote identity (environments, keys, syncs). */
    public static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return fit(Base58.encode(bytes));
    }

    /** A random secret of the given length in base58 characters, for API keys. */
    public static String secret(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(Base58.ALPHABET.charAt(RANDOM.nextInt(Base58.ALPHABET.length())));
        }
        return out.toString();
    }

    public static boolean isValid(String id) {
        return id != null && id.length() == LENGTH && Base58.isBase58(id);
    }

    private static String fit(String encoded) {
        // A fixed-length prefix: 24 base58 characters carry about 140 bits, far beyond any collision risk.
        return encoded.substring(0, LENGTH);
    }
}
