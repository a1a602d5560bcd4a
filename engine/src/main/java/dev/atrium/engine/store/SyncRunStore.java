package dev.atrium.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sync queue and history of every integration. At most one sync per integration is queued or running (a
 * unique index guards it across nodes); a node runs a sync under a lease it renews, and a sync whose lease
 * ran out (its node died) can be claimed again and resumed from its checkpoints.
 */
public final class SyncRunStore {

    private static final String COLUMNS = "id, integration_id, type, trigger, state, queued_at, started_at, ended_at,"
            + " since_at, attempts, records_added, records_changed, records_unchanged, records_deleted,"
            + " records_quarantined, requests, pages, changed_models, error, error_kind, error_detail";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Database database;

    public SyncRunStore(Database database) {
        this.database = database;
    }

    /** The result of asking for a sync: the queued (or already active) run. */
    public record Enqueued(SyncRun run, boolean alreadyQueued) {
    }

    /** Queues a sync unless one is queued or running for the integration, in which case that one is returned. */
    public Enqueued enqueue(String integrationId, String type, String trigger, long now) {
        return database.transaction(connection -> {
            // Another node may queue one between our look and our insert: the unique index then skips our row
            // (no error, which would abort the transaction on PostgreSQL) and we look again. Each statement sees
            // what others committed, so this ends as soon as no node is queuing and finishing at the same time.
            for (int attempt = 0; attempt < 20; attempt++) {
                Optional<SyncRun> active = active(connection, integrationId);
                if (active.isPresent()) {
                    return new Enqueued(active.get(), true);
                }
                String id = RecordIds.random();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sync_runs (id,"
                        + " integration_id, type, trigger, state, queued_at) VALUES (?, ?, ?, ?, 'QUEUED', ?)"
                        + " ON CONFLICT DO NOTHING")) {
                    insert.setString(1, id);
                    insert.setString(2, integrationId);
                    insert.setString(3, type);
                    insert.setString(4, trigger);
                    insert.setLong(5, now);
                    if (insert.executeUpdate() == 1) {
                        return new Enqueued(find(connection, id).orElseThrow(), false);
                    }
                }
            }
            throw new StoreException("could not queue a sync of " + integrationId + ": other nodes kept queuing"
                    + " and finishing its syncs at the same time");
        });
    }

    /**
     * Takes a sync to run: the oldest queued one, or one whose node's lease ran out; or exactly {@code syncId}
     * when given. Marks it RUNNING under this node's lease.
     */
    public Optional<SyncRun> claim(String nodeId, long now, long leaseMillis, String syncId) {
        return database.transaction(connection -> {
            String sql = "SELECT id FROM sync_runs WHERE (state = 'QUEUED' OR (state = 'RUNNING' AND lease_expires_at < ?))"
                    + (syncId == null ? "" : " AND id = ?") + " ORDER BY queued_at, id LIMIT 1"
                    + database.dialect().skipLocked();
            String id;
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, now);
                if (syncId != null) {
                    select.setString(2, syncId);
                }
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<SyncRun>empty();
                    }
                    id = row.getString("id");
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE sync_runs SET state = 'RUNNING',"
                    + " lease_owner = ?, lease_expires_at = ?, started_at = COALESCE(started_at, ?),"
                    + " attempts = attempts + 1 WHERE id = ?")) {
                update.setString(1, nodeId);
                update.setLong(2, now + leaseMillis);
                update.setLong(3, now);
                update.setString(4, id);
                update.executeUpdate();
            }
            return find(connection, id);
        });
    }

    /** Extends this node's lease; false when the lease is no longer ours (the sync must stop). */
    public boolean renew(String syncId, String nodeId, long until) {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE sync_runs SET lease_expires_at = ?"
                    + " WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'")) {
                update.setLong(1, until);
                update.setString(2, syncId);
                update.setString(3, nodeId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * Ends the leases a node holds on running syncs, so any node may resume them now: for a node shutting
     * down after stopping them. Returns how many there were.
     */
    public int releaseLeases(String nodeId) {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE sync_runs SET lease_expires_at = 0"
                    + " WHERE lease_owner = ? AND state = 'RUNNING'")) {
                update.setString(1, nodeId);
                return update.executeUpdate();
            }
        });
    }

    /** Remembers the lower time bound of a DELTA sync, so a resumed sync uses the same one. */
    public void setSince(String syncId, long sinceAt) {
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sync_runs SET since_at = ? WHERE id = ?")) {
                update.setLong(1, sinceAt);
                update.setString(2, syncId);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Ends a sync this node holds; returns false when another node holds it by now (nothing is written).
     *
     * @param errorKind what kind of failure ended it (e.g. AUTHENTICATION), null when none
     */
    public boolean finish(String syncId, String nodeId, String state, SyncCounts counts, List<String> changedModels,
            String error, String errorKind, String errorDetail) {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE sync_runs SET state = ?,"
                    + " ended_at = ?, lease_owner = NULL, lease_expires_at = NULL, records_added = ?,"
                    + " records_changed = ?, records_unchanged = ?, records_deleted = ?, records_quarantined = ?,"
                    + " requests = ?, pages = ?, changed_models = ?, error = ?, error_kind = ?,"
                    + " error_detail = ?"
                    + " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ?")) {
                update.setString(1, state);
                update.setLong(2, System.currentTimeMillis());
                update.setLong(3, counts.added());
                update.setLong(4, counts.changed());
                update.setLong(5, counts.unchanged());
                update.setLong(6, counts.deleted());
                update.setLong(7, counts.quarantined());
                update.setLong(8, counts.requests());
                update.setLong(9, counts.pages());
                update.setString(10, Json.write(changedModels));
                update.setString(11, error);
                update.setString(12, errorKind);
                update.setString(13, errorDetail);
                update.setString(14, syncId);
                update.setString(15, nodeId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Cancels a queued sync (a running one is left to its node). */
    public boolean cancelQueued(String syncId, String reason) {
        return cancelIn(syncId, reason, "'QUEUED'");
    }

    /**
     * Cancels a queued or running sync. A running one loses its lease: its node fails to renew it and stops at
     * its next page without writing the sync's end.
     */
    public boolean cancel(String syncId, String reason) {
        return cancelIn(syncId, reason, "'QUEUED', 'RUNNING'");
    }

    private boolean cancelIn(String syncId, String reason, String states) {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE sync_runs SET state = 'CANCELLED',"
                    + " ended_at = ?, error = ?, lease_owner = NULL, lease_expires_at = NULL"
                    + " WHERE id = ? AND state IN (" + states + ")")) {
                update.setLong(1, System.currentTimeMillis());
                update.setString(2, reason);
                update.setString(3, syncId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * The newest sync of an integration that ran to a verdict (SUCCEEDED or FAILED; cancelled ones say nothing
     * about the integration), queued before {@code before} when given.
     */
    public Optional<SyncRun> lastConcluded(String integrationId, SyncRun before) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM sync_runs"
                    + " WHERE integration_id = ? AND state IN ('SUCCEEDED', 'FAILED')"
                    + (before == null ? "" : " AND (queued_at < ? OR (queued_at = ? AND id < ?))")
                    + " ORDER BY queued_at DESC, id DESC LIMIT 1")) {
                select.setString(1, integrationId);
                if (before != null) {
                    select.setLong(2, before.queuedAt());
                    select.setLong(3, before.queuedAt());
                    select.setString(4, before.id());
                }
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(run(row)) : Optional.empty();
                }
            }
        });
    }

    public Optional<SyncRun> find(String syncId) {
        return database.read(connection -> find(connection, syncId));
    }

    /** The queued or running sync of an integration, if any. */
    public Optional<SyncRun> active(String integrationId) {
        return database.read(connection -> active(connection, integrationId));
    }

    /** The integrations with a sync queued or running (one read, for the scheduler's round). */
    public Set<String> activeIntegrations() {
        return database.read(connection -> {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT integration_id FROM sync_runs WHERE state IN ('QUEUED', 'RUNNING')");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
            return ids;
        });
    }

    /** When the newest successful sync of an integration started, for the next DELTA sync's lower bound. */
    public Optional<Long> lastSuccessStart(String integrationId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT MAX(started_at) FROM sync_runs"
                    + " WHERE integration_id = ? AND state = 'SUCCEEDED'")) {
                select.setString(1, integrationId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return Optional.ofNullable(Sql.nullableLong(row, 1));
                }
            }
        });
    }

    /** The newest runs of an integration first, after the run id {@code before} when given (keyset). */
    public List<SyncRun> list(String integrationId, String before, int limit) {
        return database.read(connection -> {
            List<SyncRun> runs = new ArrayList<>();
            String sql = "SELECT " + COLUMNS + " FROM sync_runs WHERE integration_id = ?"
                    + (before == null ? "" : " AND (queued_at < (SELECT queued_at FROM sync_runs WHERE id = ?)"
                            + " OR (queued_at = (SELECT queued_at FROM sync_runs WHERE id = ?) AND id < ?))")
                    + " ORDER BY queued_at DESC, id DESC LIMIT ?";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int position = 1;
                select.setString(position++, integrationId);
                if (before != null) {
                    select.setString(position++, before);
                    select.setString(position++, before);
                    select.setString(position++, before);
                }
                select.setInt(position, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        runs.add(run(row));
                    }
                }
            }
            return runs;
        });
    }

    /** Stores where a stream of a running sync has got to. */
    public void saveCheckpoint(String syncId, String stream, JsonNode state, SyncCounts soFar) {
        database.transaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO sync_checkpoints (sync_id, stream,"
                    + " state, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (sync_id, stream) DO UPDATE SET"
                    + " state = excluded.state, updated_at = excluded.updated_at")) {
                upsert.setString(1, syncId);
                upsert.setString(2, stream);
                upsert.setString(3, Json.canonical(state));
                upsert.setLong(4, System.currentTimeMillis());
                upsert.executeUpdate();
            }
            // The counts travel with the checkpoint, so a resumed sync goes on counting from here.
            try (PreparedStatement update = connection.prepareStatement("UPDATE sync_runs SET records_added = ?,"
                    + " records_changed = ?, records_unchanged = ?, records_deleted = ?, records_quarantined = ?,"
                    + " requests = ?, pages = ? WHERE id = ?")) {
                update.setLong(1, soFar.added());
                update.setLong(2, soFar.changed());
                update.setLong(3, soFar.unchanged());
                update.setLong(4, soFar.deleted());
                update.setLong(5, soFar.quarantined());
                update.setLong(6, soFar.requests());
                update.setLong(7, soFar.pages());
                update.setString(8, syncId);
                return update.executeUpdate();
            }
        });
    }

    /** The checkpoints of a sync by stream. */
    public Map<String, JsonNode> checkpoints(String syncId) {
        return database.read(connection -> {
            Map<String, JsonNode> checkpoints = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stream, state FROM sync_checkpoints WHERE sync_id = ?")) {
                select.setString(1, syncId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        checkpoints.put(row.getString("stream"), parse(row.getString("state")));
                    }
                }
            }
            return checkpoints;
        });
    }

    public void quarantine(String integrationId, String syncId, List<QuarantinedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quarantined_records (id,"
                    + " integration_id, sync_id, stream, model, remote_id, record_id, reason, content, raw, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long now = System.currentTimeMillis();
                for (QuarantinedRecord record : records) {
                    insert.setString(1, RecordIds.random());
                    insert.setString(2, integrationId);
                    insert.setString(3, syncId);
                    insert.setString(4, record.stream());
                    insert.setString(5, record.model());
                    insert.setString(6, record.remoteId());
                    insert.setString(7, record.recordId());
                    insert.setString(8, record.reason());
                    insert.setString(9, record.content() == null ? null : Json.canonical(record.content()));
                    insert.setString(10, record.raw() == null ? null : Json.canonical(record.raw()));
                    insert.setLong(11, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The records the given sync quarantined. */
    public List<QuarantinedRecord> quarantined(String syncId) {
        return database.read(connection -> {
            List<QuarantinedRecord> records = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT stream, model, remote_id,"
                    + " record_id, reason, content, raw FROM quarantined_records WHERE sync_id = ? ORDER BY created_at, id")) {
                select.setString(1, syncId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        records.add(new QuarantinedRecord(row.getString("stream"), row.getString("model"),
                                row.getString("remote_id"), row.getString("record_id"), row.getString("reason"),
                                parse(row.getString("content")), parse(row.getString("raw"))));
                    }
                }
            }
            return records;
        });
    }

    /** Drops what older syncs quarantined once a newer sync has completed: only the latest verdict matters. */
    public void clearQuarantineBefore(String integrationId, String syncId) {
        database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM quarantined_records WHERE integration_id = ? AND sync_id <> ?")) {
                delete.setString(1, integrationId);
                delete.setString(2, syncId);
                return delete.executeUpdate();
            }
        });
    }

    private static Optional<SyncRun> active(Connection connection, String integrationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM sync_runs"
                + " WHERE integration_id = ? AND state IN ('QUEUED', 'RUNNING')")) {
            select.setString(1, integrationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(run(row)) : Optional.empty();
            }
        }
    }

    private static Optional<SyncRun> find(Connection connection, String syncId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM sync_runs WHERE id = ?")) {
            select.setString(1, syncId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(run(row)) : Optional.empty();
            }
        }
    }

    private static JsonNode parse(String text) throws SQLException {
        try {
            return text == null ? null : Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable stored JSON", e);
        }
    }

    private static SyncRun run(ResultSet row) throws SQLException {
        List<String> changedModels;
        try {
            String text = row.getString("changed_models");
            changedModels = text == null ? List.of() : Json.MAPPER.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable stored JSON", e);
        }
        return new SyncRun(row.getString("id"), row.getString("integration_id"), row.getString("type"),
                row.getString("trigger"), row.getString("state"), row.getLong("queued_at"),
                Sql.nullableLong(row, "started_at"), Sql.nullableLong(row, "ended_at"),
                Sql.nullableLong(row, "since_at"), row.getInt("attempts"),
                new SyncCounts(row.getLong("records_added"), row.getLong("records_changed"),
                        row.getLong("records_unchanged"), row.getLong("records_deleted"),
                        row.getLong("records_quarantined"), row.getLong("requests"), row.getLong("pages")),
                changedModels, row.getString("error"), row.getString("error_kind"), row.getString("error_detail"));
    }
}
