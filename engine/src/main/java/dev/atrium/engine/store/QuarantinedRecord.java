package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A record a sync could not accept, kept aside with the reason. {@code recordId} is null when the record's
 * identity itself could not be computed.
 */
public record QuarantinedRecord(String stream, String model, String remoteId, String recordId, String reason,
        JsonNode content, JsonNode raw) {
}
