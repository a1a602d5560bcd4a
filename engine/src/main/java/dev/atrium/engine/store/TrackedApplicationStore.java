package dev.atrium.engine.store;

import dev.atrium.engine.ids.RecordIds;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The applications each integration tracks: with "sync only created applications" on, a sync keeps these
 * applications and their candidates and nothing else of either model. Tracking again keeps the first date and
 * origin and only fills in a candidate that was unknown.
 */
public final class TrackedApplicationStore {

    private final Database database;

    public TrackedApplicationStore(Database database) {
        this.database = database;
    }

    /** Starts tracking an application (a no-op but for a newly known candidate if it is tracked already). */
    public TrackedApplication track(String integrationId, String applicationRemoteId, String candidateRemoteId,
            TrackedApplication.Origin origin, long trackedAt) {
        String candidateId = candidateRemoteId == null ? null
                : RecordIds.of(integrationId, "candidates", candidateRemoteId);
        database.transaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO tracked_applications"
                    + " (integration_id, application_remote_id, candidate_remote_id, candidate_id, origin, tracked_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (integration_id, application_remote_id) DO UPDATE SET"
                    + " candidate_remote_id = COALESCE(excluded.candidate_remote_id,"
                    + " tracked_applications.candidate_remote_id),"
                    + " candidate_id = COALESCE(excluded.candidate_id, tracked_applications.candidate_id)")) {
                upsert.setString(1, integrationId);
                upsert.setString(2, applicationRemoteId);
                upsert.setString(3, candidateRemoteId);
                upsert.setString(4, candidateId);
                upsert.setString(5, origin.name());
                upsert.setLong(6, trackedAt);
                return upsert.executeUpdate();
            }
        });
        return find(integrationId, applicationRemoteId);
    }

    /** Every tracked application of an integration. */
    public List<TrackedApplication> list(String integrationId) {
        return select(integrationId, null);
    }

    /**
     * Records the candidates a sync found on tracked applications whose candidate was unknown, so the next sync
     * keeps those candidates too.
     *
     * @param candidateIds unified candidate id by application remote id
     */
    public void learnCandidates(String integrationId, Map<String, String> candidateIds) {
        if (candidateIds.isEmpty()) {
            return;
        }
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE tracked_applications SET"
                    + " candidate_id = ? WHERE integration_id = ? AND application_remote_id = ?"
                    + " AND candidate_id IS NULL")) {
                for (Map.Entry<String, String> entry : candidateIds.entrySet()) {
                    update.setString(1, entry.getValue());
                    update.setString(2, integrationId);
                    update.setString(3, entry.getKey());
                    update.addBatch();
                }
                return update.executeBatch().length;
            }
        });
    }

    private TrackedApplication find(String integrationId, String applicationRemoteId) {
        return select(integrationId, applicationRemoteId).get(0);
    }

    /** One integration's tracked applications, or only the one of that remote id when given. */
    private List<TrackedApplication> select(String integrationId, String applicationRemoteId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT application_remote_id,"
                    + " candidate_remote_id, candidate_id, origin, tracked_at FROM tracked_applications"
                    + " WHERE integration_id = ?" + (applicationRemoteId == null ? "" : " AND application_remote_id = ?")
                    + " ORDER BY application_remote_id")) {
                select.setString(1, integrationId);
                if (applicationRemoteId != null) {
                    select.setString(2, applicationRemoteId);
                }
                List<TrackedApplication> tracked = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        tracked.add(new TrackedApplication(integrationId, row.getString(1),
                                RecordIds.of(integrationId, "applications", row.getString(1)), row.getString(2),
                                row.getString(3), TrackedApplication.Origin.valueOf(row.getString(4)),
                                row.getLong(5)));
                    }
                }
                return tracked;
            }
        });
    }
}
