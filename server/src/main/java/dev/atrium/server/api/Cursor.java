package dev.atrium.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code next} cursor of list endpoints: the endpoint and the last id served, base64url-encoded.
 * Keyset pagination, so a page costs the same at any depth.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String endpoint, String lastId) {
        ObjectNode cursor = Json.object().put("e", endpoint).put("after", lastId);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(cursor).getBytes(StandardCharsets.UTF_8));
    }

    /** The id to continue after; a cursor that is not ours, or is another endpoint's, is invalid input. */
    public static String decode(String endpoint, String cursor) {
        JsonNode decoded;
        try {
            decoded = Json.parse(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw ApiException.invalid("cursor is not a cursor this API issued; pass data.next of the previous page");
        }
        String after = decoded == null ? null : decoded.path("after").asText(null);
        if (after == null || !RecordIds.isValid(after)) {
            throw ApiException.invalid("cursor is not a cursor this API issued; pass data.next of the previous page");
        }
        if (!endpoint.equals(decoded.path("e").asText())) {
            throw ApiException.invalid("cursor belongs to another endpoint");
        }
        return after;
    }
}
