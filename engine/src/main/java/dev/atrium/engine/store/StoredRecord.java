package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A unified record as stored: its content plus the times the store keeps for it (epoch milliseconds). */
public record StoredRecord(String model, String id, String remoteId, ObjectNode content, long changedAt,
        Long remoteDeletedAt) {

    public boolean deleted() {
        return remoteDeletedAt != null;
    }
}
