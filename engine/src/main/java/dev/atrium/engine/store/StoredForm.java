package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.models.IndexKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A unified record as the store keeps it: its content without remote_data and its remote_data, each as text and
 * hashed once, and the values of its indexed keys. Records are built in a fixed order (the model's properties,
 * the mapping's expressions, the tool's JSON), so the text needs no key sorting to be the same for the same
 * record.
 */
public record StoredForm(String content, String contentHash, String remoteData, String remoteDataHash,
        List<IndexedValue> keys) {

    /** One value of one indexed key of a record (a row of record_keys). */
    public record IndexedValue(String key, String value) {
    }

    public StoredForm {
        keys = List.copyOf(keys);
    }

    /** The stored form of a unified record's content, with the values of the model's indexed keys. */
    public static StoredForm of(ObjectNode record, List<IndexKey> indexKeys) {
        List<IndexedValue> keys = indexedValues(record, indexKeys);
        JsonNode remoteData = record.get("remote_data");
        if (remoteData == null) {
            String content = Json.write(record);
            return new StoredForm(content, Json.sha256Hex(content), null, null, keys);
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
        return new StoredForm(content, Json.sha256Hex(content), remote, Json.sha256Hex(remote), keys);
    }

    /** The values of a record's indexed keys, each key's values once. */
    public static List<IndexedValue> indexedValues(ObjectNode record, List<IndexKey> indexKeys) {
        List<IndexedValue> keys = new ArrayList<>();
        for (IndexKey key : indexKeys) {
            for (String value : new LinkedHashSet<>(key.valuesOf(record))) {
                keys.add(new IndexedValue(key.name(), value));
            }
        }
        return keys;
    }
}
