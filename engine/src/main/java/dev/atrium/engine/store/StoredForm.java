package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;

/**
 * A unified record as the store keeps it: its content without remote_data and its remote_data, each as text and
 * hashed once. Records are built in a fixed order (the model's properties, the mapping's expressions, the
 * tool's JSON), so the text needs no key sorting to be the same for the same record.
 */
public record StoredForm(String content, String contentHash, String remoteData, String remoteDataHash) {

    /** The stored form of a unified record's content. */
    public static StoredForm of(ObjectNode record) {
        JsonNode remoteData = record.get("remote_data");
        if (remoteData == null) {
            String content = Json.write(record);
            return new StoredForm(content, Json.sha256Hex(content), null, null);
        }
        // A shallow copy is enough: the children are shared, only the top-level key set differs.
        ObjectNode withoutRemoteData = Json.object();
        record.properties().forEach(field -> {
            if (!field.getKey().equals("remote_data")) {
                withoutRemoteData.set(field.getKey(), field.getValue());
            }
        });
        String content = Json.write(withoutRemoteData);
        String remote = Json.write(remoteData);
        return new StoredForm(content, Json.sha256Hex(content), remote, Json.sha256Hex(remote));
    }
}
