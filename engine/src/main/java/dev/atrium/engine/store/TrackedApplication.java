package dev.atrium.engine.store;

/**
 * An application a sync keeps while its integration syncs only created applications.
 *
 * @param candidateRemoteId null until given at import or creation
 * @param candidateId       the unified id of its candidate, null until known (given, or learned from a sync)
 */
public record TrackedApplication(String integrationId, String applicationRemoteId, String applicationId,
        String candidateRemoteId, String candidateId, Origin origin, long trackedAt) {

    /** How an application came to be tracked. */
    public enum Origin {
        /** Written through Atrium. */
        CREATED,
        /** An application that existed before, which an operator or API caller asked to follow. */
        IMPORTED
    }
}
