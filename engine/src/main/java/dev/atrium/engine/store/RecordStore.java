package dev.atrium.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.atrium.engine.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The unified records of every integration as the API reads them: pages in id order (keyset pagination),
 * records by id and by indexed key. {@link RecordWriter} is the sync's side.
 */
public final class RecordStore {

    private static final String SELECT = "SELECT model, id, remote_id, content, remote_data, changed_at, remote_deleted_at"
            + " FROM records";
    /** Leaves the raw record unread: SQLite then never reads the pages it overflows into. */
    private static final String SELECT_WITHOUT_REMOTE_DATA = "SELECT model, id, remote_id, content, NULL AS remote_data,"
            + " changed_at, remote_deleted_at FROM records";

    /** How a read returns each record's raw {@code remote_data}. */
    public enum RemoteData {
        /** Parsed into the content's tree. */
        TREE,
        /**
         * As the stored JSON text, written out verbatim when the content is serialized: what an API answer
         * needs, without parsing and re-writing what can be the largest part of a record.
         */
        RAW_JSON,
        /** Not read at all (the content's {@code remote_data} is absent). */
        LEFT_OUT
    }

    private final Database database;

    public RecordStore(Database database) {
        this.database = database;
    }

    /** One page of a model's records in id order, filtered as the query says. */
    public List<StoredRecord> list(RecordQuery query) {
        return list(query, RemoteData.TREE);
    }

    /** One page of a model's records, with their raw records as asked. */
    public List<StoredRecord> list(RecordQuery query, RemoteData remoteData) {
        List<Object> parameters = new ArrayList<>();
        String where = query.whereClause(parameters, database.dialect());
        String sql = select(remoteData) + " WHERE " + where + " ORDER BY id LIMIT ?";
        parameters.add(query.limit());
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Sql.bind(select, 1, parameters);
                return records(select, remoteData);
            }
        });
    }

    /** Records of a model by id, deleted ones included; ids not found are absent from the map. */
    public Map<String, StoredRecord> getByIds(String integrationId, String model, Collection<String> ids) {
        return getByIds(integrationId, model, ids, RemoteData.TREE);
    }

    /** Records of a model by id, with their raw records as asked. */
    public Map<String, StoredRecord> getByIds(String integrationId, String model, Collection<String> ids,
            RemoteData remoteData) {
        Map<String, StoredRecord> found = new HashMap<>();
        database.read(connection -> {
            for (List<String> chunk : Sql.chunks(new ArrayList<>(new LinkedHashSet<>(ids)))) {
                try (PreparedStatement select = connection.prepareStatement(select(remoteData) + " WHERE"
                        + " integration_id = ? AND model = ? AND id IN (" + Sql.placeholders(chunk.size()) + ")")) {
                    select.setString(1, integrationId);
                    select.setString(2, model);
                    Sql.bind(select, 3, chunk);
                    records(select, remoteData).forEach(record -> found.put(record.id(), record));
                }
            }
            return null;
        });
        return found;
    }

    /** Live (not deleted) records of a model whose indexed key has one of the values, in id order. */
    public List<StoredRecord> findByKey(String integrationId, String model, String key, Collection<String> values) {
        return findByKey(integrationId, model, key, values, RemoteData.TREE);
    }

    /** Live records of a model by an indexed key, with their raw records as asked. */
    public List<StoredRecord> findByKey(String integrationId, String model, String key, Collection<String> values,
            RemoteData remoteData) {
        List<StoredRecord> found = new ArrayList<>();
        database.read(connection -> {
            for (List<String> chunk : Sql.chunks(new ArrayList<>(new LinkedHashSet<>(values)))) {
                try (PreparedStatement select = connection.prepareStatement(select(remoteData) + " WHERE"
                        + " integration_id = ? AND model = ? AND remote_deleted_at IS NULL AND id IN (SELECT record_id FROM record_keys"
                        + " WHERE integration_id = ? AND model = ? AND key = ? AND value IN ("
                        + Sql.placeholders(chunk.size()) + ")) ORDER BY id")) {
                    select.setString(1, integrationId);
                    select.setString(2, model);
                    select.setString(3, integrationId);
                    select.setString(4, model);
                    select.setString(5, key);
                    Sql.bind(select, 6, chunk);
                    found.addAll(records(select, remoteData));
                }
            }
            return null;
        });
        return found;
    }

    /** How many records of a model an integration has, deleted ones included or not. */
    public long count(String integrationId, String model, boolean includeDeleted) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM records WHERE"
                    + " integration_id = ? AND model = ?" + (includeDeleted ? "" : " AND remote_deleted_at IS NULL"))) {
                select.setString(1, integrationId);
                select.setString(2, model);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    private static String select(RemoteData remoteData) {
        return remoteData == RemoteData.LEFT_OUT ? SELECT_WITHOUT_REMOTE_DATA : SELECT;
    }

    private static List<StoredRecord> records(PreparedStatement select, RemoteData mode) throws SQLException {
        List<StoredRecord> records = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                ObjectNode content = (ObjectNode) parse(row.getString("content"));
                String remoteData = row.getString("remote_data");
                if (remoteData != null) {
                    if (mode == RemoteData.RAW_JSON) {
                        content.putRawValue("remote_data", new RawValue(remoteData));
                    } else {
                        content.set("remote_data", parse(remoteData));
                    }
                }
                records.add(new StoredRecord(row.getString("model"), row.getString("id"), row.getString("remote_id"),
                        content, row.getLong("changed_at"), Sql.nullableLong(row, "remote_deleted_at")));
            }
        }
        return records;
    }

    private static JsonNode parse(String text) throws SQLException {
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable stored JSON", e);
        }
    }
}
