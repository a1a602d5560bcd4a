package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
     * Upserts one batch (a page) of records in one transaction and stamps them as seen by {@code syncId}.
     * Records that were marked deleted and are back get their deletion cleared.
     */
    public Written upsert(String integrationId, String syncId, List<UnifiedRecord> batch, long now) {
        Map<String, Map<String, UnifiedRecord>> byModel = new LinkedHashMap<>();
        for (UnifiedRecord record : batch) {
            byModel.computeIfAbsent(record.model(), model -> new LinkedHashMap<>()).put(record.id(), record);
        }
        return database.transaction(connection -> {
            SyncCounts counts = SyncCounts.ZERO;
            Set<String> changedModels = new TreeSet<>();
            for (Map.Entry<String, Map<String, UnifiedRecord>> model : byModel.entrySet()) {
                for (List<UnifiedRecord> chunk : Sql.chunks(new ArrayList<>(model.getValue().values()))) {
                    SyncCounts chunkCounts = upsertChunk(connection, integrationId, syncId, model.getKey(), chunk, now);
                    if (chunkCounts.added() + chunkCounts.changed() > 0) {
                        changedModels.add(model.getKey());
                    }
                    counts = counts.plus(chunkCounts);
                }
            }
            return new Written(counts, changedModels);
        });
    }

    /** What one upsert did: counts, and the models whose records were added or changed. */
    public record Written(SyncCounts counts, Set<String> changedModels) {
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
            List<UnifiedRecord> chunk, long now) throws SQLException {
        Map<String, Existing> existing = existing(connection, integrationId, model, chunk);
        List<IndexKey> keys = models.get(model).indexKeys();
        long added = 0;
        long changed = 0;
        long unchanged = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO records (integration_id, model,"
                + " id, remote_id, changed_at, remote_deleted_at, first_seen_at, last_seen_sync_id, content_hash,"
                + " raw_hash, content, raw) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)");
                PreparedStatement updateContent = connection.prepareStatement("UPDATE records SET remote_id = ?,"
                        + " changed_at = ?, remote_deleted_at = NULL, last_seen_sync_id = ?, content_hash = ?,"
                        + " raw_hash = ?, content = ?, raw = ? WHERE integration_id = ? AND model = ? AND id = ?");
                PreparedStatement updateRaw = connection.prepareStatement("UPDATE records SET last_seen_sync_id = ?,"
                        + " raw_hash = ?, content = ?, raw = ? WHERE integration_id = ? AND model = ? AND id = ?");
                PreparedStatement touch = connection.prepareStatement("UPDATE records SET last_seen_sync_id = ?"
                        + " WHERE integration_id = ? AND model = ? AND id = ?");
                PreparedStatement deleteKeys = connection.prepareStatement(
                        "DELETE FROM record_keys WHERE integration_id = ? AND model = ? AND record_id = ?");
                PreparedStatement insertKey = connection.prepareStatement("INSERT INTO record_keys (integration_id,"
                        + " model, key, value, record_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (UnifiedRecord record : chunk) {
                String contentHash = contentHash(record.content());
                String rawHash = rawHash(record);
                Existing before = existing.get(record.id());
                if (before == null) {
                    insert.setString(1, integrationId);
                    insert.setString(2, model);
                    insert.setString(3, record.id());
                    insert.setString(4, record.remoteId());
                    insert.setLong(5, now);
                    insert.setLong(6, now);
                    insert.setString(7, syncId);
                    insert.setString(8, contentHash);
                    insert.setString(9, rawHash);
                    insert.setString(10, Json.canonical(record.content()));
                    insert.setString(11, record.raw() == null ? null : Json.canonical(record.raw()));
                    insert.addBatch();
                    addKeys(insertKey, integrationId, model, record, keys);
                    added++;
                } else if (!before.contentHash.equals(contentHash) || before.deleted) {
                    updateContent.setString(1, record.remoteId());
                    updateContent.setLong(2, now);
                    updateContent.setString(3, syncId);
                    updateContent.setString(4, contentHash);
                    updateContent.setString(5, rawHash);
                    updateContent.setString(6, Json.canonical(record.content()));
                    updateContent.setString(7, record.raw() == null ? null : Json.canonical(record.raw()));
                    updateContent.setString(8, integrationId);
                    updateContent.setString(9, model);
                    updateContent.setString(10, record.id());
                    updateContent.addBatch();
                    deleteKeys.setString(1, integrationId);
                    deleteKeys.setString(2, model);
                    deleteKeys.setString(3, record.id());
                    deleteKeys.addBatch();
                    addKeys(insertKey, integrationId, model, record, keys);
                    changed++;
                } else if (!rawHash.equals(before.rawHash)) {
                    // Only raw data moved (e.g. a field no mapping reads): keep it current, changed_at stays.
                    updateRaw.setString(1, syncId);
                    updateRaw.setString(2, rawHash);
                    updateRaw.setString(3, Json.canonical(record.content()));
                    updateRaw.setString(4, record.raw() == null ? null : Json.canonical(record.raw()));
                    updateRaw.setString(5, integrationId);
                    updateRaw.setString(6, model);
                    updateRaw.setString(7, record.id());
                    updateRaw.addBatch();
                    unchanged++;
                } else {
                    touch.setString(1, syncId);
                    touch.setString(2, integrationId);
                    touch.setString(3, model);
                    touch.setString(4, record.id());
                    touch.addBatch();
                    unchanged++;
                }
            }
            insert.executeBatch();
            updateContent.executeBatch();
            updateRaw.executeBatch();
            touch.executeBatch();
            deleteKeys.executeBatch();
            insertKey.executeBatch();
        }
        return new SyncCounts(added, changed, unchanged, 0, 0, 0, 0);
    }

    private static void addKeys(PreparedStatement insertKey, String integrationId, String model, UnifiedRecord record,
            List<IndexKey> keys) throws SQLException {
        for (IndexKey key : keys) {
            for (String value : new LinkedHashSet<>(key.valuesOf(record.content()))) {
                insertKey.setString(1, integrationId);
                insertKey.setString(2, model);
                insertKey.setString(3, key.name());
                insertKey.setString(4, value);
                insertKey.setString(5, record.id());
                insertKey.addBatch();
            }
        }
    }

    private record Existing(String contentHash, String rawHash, boolean deleted) {
    }

    private static Map<String, Existing> existing(Connection connection, String integrationId, String model,
            List<UnifiedRecord> chunk) throws SQLException {
        Map<String, Existing> existing = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, content_hash, raw_hash,"
                + " remote_deleted_at FROM records WHERE integration_id = ? AND model = ? AND id IN ("
                + Sql.placeholders(chunk.size()) + ")")) {
            select.setString(1, integrationId);
            select.setString(2, model);
            Sql.bind(select, 3, chunk.stream().map(UnifiedRecord::id).toList());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    existing.put(row.getString("id"), new Existing(row.getString("content_hash"),
                            row.getString("raw_hash"), Sql.nullableLong(row, "remote_deleted_at") != null));
                }
            }
        }
        return existing;
    }

    /** The hash that decides changed_at: the unified content without remote_data, which is raw, not unified. */
    static String contentHash(ObjectNode content) {
        if (!content.has("remote_data")) {
            return Json.hash(content);
        }
        // A shallow copy is enough: the children are shared, only the top-level key set differs.
        ObjectNode withoutRaw = Json.object();
        content.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("remote_data")) {
                withoutRaw.set(field.getKey(), field.getValue());
            }
        });
        return Json.hash(withoutRaw);
    }

    private static String rawHash(UnifiedRecord record) {
        ArrayNode both = Json.MAPPER.createArrayNode();
        both.add(record.content().path("remote_data"));
        both.add(record.raw() == null ? Json.MAPPER.nullNode() : record.raw());
        return Json.hash(both);
    }
}
