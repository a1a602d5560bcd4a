package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A valid unified record ready for the store, with the raw remote record it was made from. */
public record UnifiedRecord(String model, String id, String remoteId, ObjectNode content, JsonNode raw) {
}
