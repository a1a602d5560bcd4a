package dev.atrium.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.models.IndexKey;
import dev.atrium.engine.models.ModelCatalog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sync's side of the record store: upserts that compare content hashes, so {@code changed_at} moves only
 * when a record's unified content changes, and the deletion marks of a completed full sync.
 */
public final class RecordWriter {

    private final Database database;
    private final ModelCatalog models;

    public RecordWriter(Database database, ModelCatalog models) {
        this.database = database;
        this.models = models;
    }

    /**
     * Upserts one batch (one or more pages) of records in one transaction and stamps them as seen by
     * {@code syncId}. Records that were marked deleted and are back get their deletion cleared.
     *
     * @param stampUnchanged whether unchanged records are stamped as seen too: a FULL sync needs it to find
     *                       what it did not see; a DELTA sync marks no deletions and skips those writes
     */
    public SyncCounts upsert(String integrationId, String syncId, List<RecordRow> batch, long now,
            boolean stampUnchanged) {
        Map<String, Map<String, RecordRow>> byModel = new LinkedHashMap<>();
        for (RecordRow record : batch) {
            byModel.computeIfAbsent(record.model(), model -> new LinkedHashMap<>()).put(record.id(), record);
        }
        return database.transaction(connection -> {
            SyncCounts counts = SyncCounts.ZERO;
            for (Map.Entry<String, Map<String, RecordRow>> model : byModel.entrySet()) {
                for (List<RecordRow> chunk : Sql.chunks(new ArrayList<>(model.getValue().values()))) {
                    counts = counts.plus(upsertChunk(connection, integrationId, syncId, model.getKey(), chunk, now,
                            stampUnchanged));
                }
            }
            return counts;
        });
    }

    /**
     * The models (of those given) with a record added, changed or marked deleted at or after {@code since}:
     * what a sync changed, including the work of an attempt whose node died.
     */
    public Set<String> modelsChangedSince(String integrationId, Collection<String> modelNames, long since) {
        return database.read(connection -> {
            Set<String> changed = new TreeSet<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM records WHERE integration_id = ?"
                    + " AND model = ? AND changed_at >= ? LIMIT 1")) {
                for (String model : modelNames) {
                    select.setString(1, integrationId);
                    select.setString(2, model);
                    select.setLong(3, since);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            changed.add(model);
                        }
                    }
                }
            }
            return changed;
        });
    }

    /**
     * After a full sync that completed every stream: records of these models that the sync did not see are
     * marked deleted (their {@code changed_at} moves too, so {@code updated_after} shows the deletion).
     *
     * @return how many records were newly marked deleted, by model (models with none are left out)
     */
    public Map<String, Long> markUnseenDeleted(String integrationId, String syncId, Collection<String> modelNames,
            long now) {
        Map<String, Long> deleted = new TreeMap<>();
        if (modelNames.isEmpty()) {
            return deleted;
        }
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE records SET remote_deleted_at = ?,"
                    + " changed_at = ? WHERE integration_id = ? AND model = ? AND remote_deleted_at IS NULL"
                    + " AND (last_seen_sync_id IS NULL OR last_seen_sync_id <> ?)")) {
                for (String model : modelNames) {
                    update.setLong(1, now);
                    update.setLong(2, now);
                    update.setString(3, integrationId);
                    update.setString(4, model);
                    update.setString(5, syncId);
                    int count = update.executeUpdate();
                    if (count > 0) {
                        deleted.put(model, (long) count);
                    }
                }
            }
            return deleted;
        });
    }

    /**
     * Stamps already-stored records as seen by this sync without touching their content: used when a
     * record came back but could not be accepted, so a full sync must not mistake it for deleted.
     */
    public void markSeen(String integrationId, String syncId, String model, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        database.transaction(connection -> {
            for (List<String> chunk : Sql.chunks(new ArrayList<>(ids))) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE records SET last_seen_sync_id = ?"
                        + " WHERE integration_id = ? AND model = ? AND id IN (" + Sql.placeholders(chunk.size()) + ")")) {
                    update.setString(1, syncId);
                    update.setString(2, integrationId);
                    update.setString(3, model);
                    Sql.bind(update, 4, chunk);
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    private SyncCounts upsertChunk(Connection connection, String integrationId, String syncId, String model,
            List<RecordRow> chunk, long now, boolean stampUnchanged) throws SQLException {
        Map<String, Existing> existing = existing(connection, integrationId, model, chunk);
        List<IndexKey> keys = models.get(model).indexKeys();
        // Key rows are found by their value, not by record: a changed record's old rows are found again
        // from its old content (changes are few; an index by record would cost every insert a second tree).
        List<String> rekeyed = new ArrayList<>();
        for (RecordRow record : chunk) {
            Existing before = existing.get(record.id());
            if (before != null && (!before.contentHash.equals(record.stored().contentHash()) || before.deleted)) {
                rekeyed.add(record.id());
            }
        }
        Map<String, ObjectNode> oldContents = keys.isEmpty() ? Map.of() : contents(connection, integrationId, model, rekeyed);
        long added = 0;
        long changed = 0;
        long unchanged = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO records (integration_id, model,"
                + " id, remote_id, changed_at, remote_deleted_at, first_seen_at, last_seen_sync_id, content_hash,"
                + " content, remote_data_hash, remote_data) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)");
                PreparedStatement updateContent = connection.prepareStatement("UPDATE records SET remote_id = ?,"
                        + " changed_at = ?, remote_deleted_at = NULL, last_seen_sync_id = ?, content_hash = ?,"
                        + " content = ?, remote_data_hash = ?, remote_data = ?"
                        + " WHERE integration_id = ? AND model = ? AND id = ?");
                PreparedStatement updateRemoteData = connection.prepareStatement("UPDATE records SET"
                        + " last_seen_sync_id = ?, remote_data_hash = ?, remote_data = ?"
                        + " WHERE integration_id = ? AND model = ? AND id = ?");
                PreparedStatement touch = connection.prepareStatement("UPDATE records SET last_seen_sync_id = ?"
                        + " WHERE integration_id = ? AND model = ? AND id = ?");
                PreparedStatement deleteKey = connection.prepareStatement("DELETE FROM record_keys WHERE"
                        + " integration_id = ? AND model = ? AND key = ? AND value = ? AND record_id = ?");
                PreparedStatement insertKey = connection.prepareStatement("INSERT INTO record_keys (integration_id,"
                        + " model, key, value, record_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (RecordRow record : chunk) {
                StoredForm stored = record.stored();
                Existing before = existing.get(record.id());
                if (before == null) {
                    insert.setString(1, integrationId);
                    insert.setString(2, model);
                    insert.setString(3, record.id());
                    insert.setString(4, record.remoteId());
                    insert.setLong(5, now);
                    insert.setLong(6, now);
                    insert.setString(7, syncId);
                    insert.setString(8, stored.contentHash());
                    insert.setString(9, stored.content());
                    insert.setString(10, stored.remoteDataHash());
                    insert.setString(11, stored.remoteData());
                    insert.addBatch();
                    keyRows(insertKey, integrationId, model, record.id(), stored.keys());
                    added++;
                } else if (!before.contentHash.equals(stored.contentHash()) || before.deleted) {
                    updateContent.setString(1, record.remoteId());
                    updateContent.setLong(2, now);
                    updateContent.setString(3, syncId);
                    updateContent.setString(4, stored.contentHash());
                    updateContent.setString(5, stored.content());
                    updateContent.setString(6, stored.remoteDataHash());
                    updateContent.setString(7, stored.remoteData());
                    updateContent.setString(8, integrationId);
                    updateContent.setString(9, model);
                    updateContent.setString(10, record.id());
                    updateContent.addBatch();
                    ObjectNode old = oldContents.get(record.id());
                    if (old != null) {
                        keyRows(deleteKey, integrationId, model, record.id(), StoredForm.indexedValues(old, keys));
                    }
                    keyRows(insertKey, integrationId, model, record.id(), stored.keys());
                    changed++;
                } else if (!Objects.equals(before.remoteDataHash, stored.remoteDataHash())) {
                    // Only raw data moved (e.g. a field no mapping reads): keep it current, changed_at stays.
                    updateRemoteData.setString(1, syncId);
                    updateRemoteData.setString(2, stored.remoteDataHash());
                    updateRemoteData.setString(3, stored.remoteData());
                    updateRemoteData.setString(4, integrationId);
                    updateRemoteData.setString(5, model);
                    updateRemoteData.setString(6, record.id());
                    updateRemoteData.addBatch();
                    unchanged++;
                } else {
                    if (stampUnchanged) {
                        touch.setString(1, syncId);
                        touch.setString(2, integrationId);
                        touch.setString(3, model);
                        touch.setString(4, record.id());
                        touch.addBatch();
                    }
                    unchanged++;
                }
            }
            insert.executeBatch();
            updateContent.executeBatch();
            updateRemoteData.executeBatch();
            touch.executeBatch();
            deleteKey.executeBatch();
            insertKey.executeBatch();
        }
        return new SyncCounts(added, changed, unchanged, 0, 0, 0, 0);
    }

    /** Binds one record_keys row per indexed value (for inserting or deleting them). */
    private static void keyRows(PreparedStatement statement, String integrationId, String model, String recordId,
            List<StoredForm.IndexedValue> values) throws SQLException {
        for (StoredForm.IndexedValue value : values) {
            statement.setString(1, integrationId);
            statement.setString(2, model);
            statement.setString(3, value.key());
            statement.setString(4, value.value());
            statement.setString(5, recordId);
            statement.addBatch();
        }
    }

    private static Map<String, ObjectNode> contents(Connection connection, String integrationId, String model,
            List<String> ids) throws SQLException {
        Map<String, ObjectNode> contents = new HashMap<>();
        if (ids.isEmpty()) {
            return contents;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id, content FROM records"
                + " WHERE integration_id = ? AND model = ? AND id IN (" + Sql.placeholders(ids.size()) + ")")) {
            select.setString(1, integrationId);
            select.setString(2, model);
            Sql.bind(select, 3, ids);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    try {
                        contents.put(row.getString(1), (ObjectNode) Json.parse(row.getString(2)));
                    } catch (JsonProcessingException e) {
                        throw new StoreException("record " + row.getString(1) + " has unreadable stored content");
                    }
                }
            }
        }
        return contents;
    }

    private record Existing(String contentHash, String remoteDataHash, boolean deleted) {
    }

    private static Map<String, Existing> existing(Connection connection, String integrationId, String model,
            List<RecordRow> chunk) throws SQLException {
        Map<String, Existing> existing = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, content_hash, remote_data_hash,"
                + " remote_deleted_at FROM records WHERE integration_id = ? AND model = ? AND id IN ("
                + Sql.placeholders(chunk.size()) + ")")) {
            select.setString(1, integrationId);
            select.setString(2, model);
            Sql.bind(select, 3, chunk.stream().map(RecordRow::id).toList());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    existing.put(row.getString("id"), new Existing(row.getString("content_hash"),
                            row.getString("remote_data_hash"), Sql.nullableLong(row, "remote_deleted_at") != null));
                }
            }
        }
        return existing;
    }
}
