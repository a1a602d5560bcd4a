package dev.atrium.engine.store;

/** A unified record as it goes into the store: identity and stored form. */
public record RecordRow(String model, String id, String remoteId, StoredForm stored) {
}
