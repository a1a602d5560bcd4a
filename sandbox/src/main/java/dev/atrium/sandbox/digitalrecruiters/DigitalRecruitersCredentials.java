package dev.atrium.sandbox.digitalrecruiters;

import dev.atrium.sandbox.support.SeededHash;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Digital Recruiters support hands a customer (fact sheet 3): the feed token and the apply token that go
 * in the path, and the public API's key with one recruiter account. All derive from the seed alone.
 */
public record DigitalRecruitersCredentials(String feedToken, String applyToken, String apiKey, String email,
        String password) {

    private static final int FEED = 3801;
    private static final int APPLY = 3802;
    private static final int API_KEY = 3803;
    private static final int PASSWORD = 3804;

    public static DigitalRecruitersCredentials derive(long seed) {
        SeededHash hash = new SeededHash(seed);
        return new DigitalRecruitersCredentials(hash.hex(FEED, 2), hash.hex(APPLY, 2), hash.hex(API_KEY, 3),
                "api.user@example.com", hash.hex(PASSWORD, 1));
    }

    /** The connection values under the names our connector asks for. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("feed_token", feedToken);
        map.put("apply_token", applyToken);
        map.put("api_key", apiKey);
        map.put("email", email);
        map.put("password", password);
        return map;
    }
}
