package dev.atrium.engine.store;

/**
 * A raw top-level field of an integration's records, as its syncs saw it: Kombo's "integration field".
 *
 * @param model      the Kombo model the records are served as, e.g. ats_candidates
 * @param key        the field's key in the tool's records
 * @param type       DEFAULT for a field the mapping reads, CUSTOM for one it does not
 * @param label      the field's human name where known (null: the mapping gives none)
 * @param firstSeenAt when a sync first saw it; it stays listed however long ago it was last seen
 */
public record IntegrationField(String id, String integrationId, String model, String key, String type, String label,
        boolean passthroughEnabled, boolean writable, long firstSeenAt, long lastSeenAt) {
}
