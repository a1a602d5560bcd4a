package dev.atrium.sandbox.paycor;

import dev.atrium.sandbox.paycor.generate.Guids;
import dev.atrium.sandbox.paycor.generate.IdCodec;
import dev.atrium.sandbox.paycor.generate.PaycorDataset;
import dev.atrium.sandbox.support.SeededHash;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a Paycor admin hands our connector after the one-time consent: the app's client id and secret, the
 * APIM subscription key, a first refresh token, and which legal entity and ATS account to read. All derive
 * from the seed alone.
 */
public record PaycorCredentials(String clientId, String clientSecret, String subscriptionKey, String refreshToken,
        int legalEntityId, String atsAccountId) {

    private static final int CLIENT_ID = 1801;
    private static final int CLIENT_SECRET = 1802;
    private static final int SUBSCRIPTION_KEY = 1803;
    private static final int REFRESH_TOKEN = 1804;

    public static PaycorCredentials derive(long seed) {
        SeededHash hash = new SeededHash(seed);
        return new PaycorCredentials(Guids.of(hash.bits(CLIENT_ID, 0), hash.bits(CLIENT_ID, 1)),
                Base64.getUrlEncoder().withoutPadding().encodeToString(hash.bytes(CLIENT_SECRET, 4)),
                hash.hex(SUBSCRIPTION_KEY, 2), hash.hex(REFRESH_TOKEN, 4),
                PaycorDataset.legalEntityIdOf(seed),
                new IdCodec(seed).encode(IdCodec.Kind.ACCOUNT, 0));
    }

    /** The connection values under the names our Paycor connector asks for. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("client_id", clientId);
        map.put("client_secret", clientSecret);
        map.put("subscription_key", subscriptionKey);
        map.put("refresh_token", refreshToken);
        map.put("legal_entity_id", Integer.toString(legalEntityId));
        map.put("ats_account_id", atsAccountId);
        return map;
    }
}
