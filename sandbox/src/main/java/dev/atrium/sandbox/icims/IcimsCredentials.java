package dev.atrium.sandbox.icims;

import dev.atrium.sandbox.support.SeededHash;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What iCIMS staff hand an integration (fact sheet A2): the customer id, a Basic-auth API user and password,
 * and an OAuth client id and secret. All derive from the seed alone.
 */
public record IcimsCredentials(int customerId, String username, String password, String clientId,
        String clientSecret) {

    private static final int CUSTOMER = 3801;
    private static final int PASSWORD = 3802;
    private static final int CLIENT_ID = 3803;
    private static final int CLIENT_SECRET = 3804;

    public static IcimsCredentials derive(long seed) {
        SeededHash hash = new SeededHash(seed);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        int customerId = 1000 + hash.below(CUSTOMER, 0, 9000);
        return new IcimsCredentials(customerId, "atrium_api_" + customerId, b64.encodeToString(hash.bytes(PASSWORD, 2)),
                b64.encodeToString(hash.bytes(CLIENT_ID, 3)), b64.encodeToString(hash.bytes(CLIENT_SECRET, 6)));
    }

    /** The connection values under the names our iCIMS connector asks for. */
    public Map<String, String> asMap(String tokenUrl) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("customer_id", Integer.toString(customerId));
        map.put("username", username);
        map.put("password", password);
        map.put("client_id", clientId);
        map.put("client_secret", clientSecret);
        map.put("token_url", tokenUrl);
        return map;
    }
}
