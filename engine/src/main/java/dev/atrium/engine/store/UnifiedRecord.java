package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.models.ModelSchema;

/**
 * A valid unified record; its remote_data carries the raw remote record. The stored form (text, hashes, key
 * values) is made with the record, on the thread that transformed it, not on the store's.
 */
public record UnifiedRecord(String model, String id, String remoteId, ObjectNode content, StoredForm stored) {

    public static UnifiedRecord of(ModelSchema model, String id, String remoteId, ObjectNode content) {
        return new UnifiedRecord(model.name(), id, remoteId, content, StoredForm.of(content, model.indexKeys()));
    }

    /** What the store needs of it, without the content tree (a sync's queued records take far less memory). */
    public RecordRow row() {
        return new RecordRow(model, id, remoteId, stored);
    }
}
