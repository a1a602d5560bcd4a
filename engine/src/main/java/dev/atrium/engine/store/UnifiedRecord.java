package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid unified record ready for the store; its remote_data carries the raw remote record. The stored form
 * (text and hashes) is made when the record is, on the thread that transformed it, not on the store's.
 */
public record UnifiedRecord(String model, String id, String remoteId, ObjectNode content, StoredForm stored) {

    public UnifiedRecord(String model, String id, String remoteId, ObjectNode content) {
        this(model, id, remoteId, content, StoredForm.of(content));
    }
}
