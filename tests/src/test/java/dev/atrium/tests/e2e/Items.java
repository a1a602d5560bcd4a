package dev.atrium.tests.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small views of API items and JSON arrays that the end-to-end tests compare. */
final class Items {

    private Items() {
    }

    /** Items by their remote_id. */
    static Map<String, JsonNode> byRemoteId(List<JsonNode> items) {
        Map<String, JsonNode> byRemoteId = new HashMap<>();
        items.forEach(item -> byRemoteId.put(item.get("remote_id").asText(), item));
        return byRemoteId;
    }

    /** The values of a JSON array as text (none for a missing array). */
    static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }
}
