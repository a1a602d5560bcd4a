package dev.atrium.engine.store;

import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sync history of each integration and the records its syncs quarantined. */
public final class SyncRunStore {

    private static final String COLUMNS = "id, integration_id, type, state, started_at, ended_at, records_added,"
            + " records_changed, records_unchanged, records_deleted, records_quarantined, requests, pages, error,"
            + " error_detail";

    private final Database database;

    public SyncRunStore(Database database) {
        this.database = database;
    }

    public SyncRun start(String integrationId, String type) {
        SyncRun run = new SyncRun(RecordIds.random(), integrationId, type, "RUNNING", System.currentTimeMillis(),
                null, SyncCounts.ZERO, null, null);
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sync_runs (id, integration_id, type, state, started_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, run.id());
                insert.setString(2, integrationId);
                insert.setString(3, type);
                insert.setString(4, run.state());
                insert.setLong(5, run.startedAt());
                return insert.executeUpdate();
            }
        });
        return run;
    }

    public void finish(String syncId, String state, SyncCounts counts, String error, String errorDetail) {
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE sync_runs SET state = ?,"
                    + " ended_at = ?, records_added = ?, records_changed = ?, records_unchanged = ?,"
                    + " records_deleted = ?, records_quarantined = ?, requests = ?, pages = ?, error = ?,"
                    + " error_detail = ? WHERE id = ?")) {
                update.setString(1, state);
                update.setLong(2, System.currentTimeMillis());
                update.setLong(3, counts.added());
                update.setLong(4, counts.changed());
                update.setLong(5, counts.unchanged());
                update.setLong(6, counts.deleted());
                update.setLong(7, counts.quarantined());
                update.setLong(8, counts.requests());
                update.setLong(9, counts.pages());
                update.setString(10, error);
                update.setString(11, errorDetail);
                update.setString(12, syncId);
                return update.executeUpdate();
            }
        });
    }

    public Optional<SyncRun> find(String syncId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM sync_runs WHERE id = ?")) {
                select.setString(1, syncId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(run(row)) : Optional.empty();
                }
            }
        });
    }

    /** The newest runs of an integration first. */
    public List<SyncRun> list(String integrationId, int limit) {
        return database.read(connection -> {
            List<SyncRun> runs = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM sync_runs WHERE integration_id = ? ORDER BY started_at DESC, id LIMIT ?")) {
                select.setString(1, integrationId);
                select.setInt(2, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        runs.add(run(row));
                    }
                }
            }
            return runs;
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

    private static com.fasterxml.jackson.databind.JsonNode parse(String text) throws SQLException {
        try {
            return text == null ? null : Json.parse(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("unreadable stored JSON", e);
        }
    }

    private static SyncRun run(ResultSet row) throws SQLException {
        return new SyncRun(row.getString("id"), row.getString("integration_id"), row.getString("type"),
                row.getString("state"), row.getLong("started_at"), Sql.nullableLong(row, "ended_at"),
                new SyncCounts(row.getLong("records_added"), row.getLong("records_changed"),
                        row.getLong("records_unchanged"), row.getLong("records_deleted"),
                        row.getLong("records_quarantined"), row.getLong("requests"), row.getLong("pages")),
                row.getString("error"), row.getString("error_detail"));
    }
}
