package dev.atrium.engine.store;

import dev.atrium.engine.ids.RecordIds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The integration fields of every integration: recorded by syncs (once per sync, not per record), listed and
 * switched to passthrough through the API, and read back at the start of a sync as the integration's selection.
 */
public final class IntegrationFieldStore {

    private static final String COLUMNS = "id, integration_id, model, key, type, label, is_passthrough_enabled,"
            + " is_writable, first_seen_at, last_seen_at";

    private final Database database;

    public IntegrationFieldStore(Database database) {
        this.database = database;
    }

    /** A raw key a sync saw on the records of a Kombo model, and what kind of field it is. */
    public record Seen(String model, String key, String type) {
    }

    /** A custom field key of the integration's environment and the integration field that fills it. */
    public record CustomFieldSource(String customFieldKey, IntegrationField source) {
    }

    /** What an integration selected: its custom field mappings and its fields with passthrough enabled. */
    public record Selection(List<CustomFieldSource> customFields, List<IntegrationField> passthrough) {

        public Selection {
            customFields = List.copyOf(customFields);
            passthrough = List.copyOf(passthrough);
        }
    }

    /** The id of an integration's field: the same on every sync and every node. */
    public static String idOf(String integrationId, String model, String key) {
        // A model name of its own, so a field id can never equal the id of a record.
        return RecordIds.of(integrationId, "integration_fields/" + model, key);
    }

    /**
     * Adds the fields not listed yet and notes when each was last seen; a field's type follows the mapping as it is
     * now. Fields this sync did not see are left as they are.
     */
    public void recordSeen(String integrationId, Collection<Seen> fields, long now) {
        if (fields.isEmpty()) {
            return;
        }
        database.transaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO integration_fields (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, NULL, FALSE, FALSE, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    + " type = excluded.type, last_seen_at = excluded.last_seen_at")) {
                for (Seen field : fields) {
                    upsert.setString(1, idOf(integrationId, field.model(), field.key()));
                    upsert.setString(2, integrationId);
                    upsert.setString(3, field.model());
                    upsert.setString(4, field.key());
                    upsert.setString(5, field.type());
                    upsert.setLong(6, now);
                    upsert.setLong(7, now);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    /** One page of an integration's fields in id order, after {@code afterId} (null: from the start). */
    public List<IntegrationField> list(String integrationId, String afterId, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM integration_fields WHERE integration_id = ? AND id > ? ORDER BY id LIMIT ?")) {
                select.setString(1, integrationId);
                select.setString(2, afterId == null ? "" : afterId);
                select.setInt(3, limit);
                return fields(select);
            }
        });
    }

    /** A field of this integration; another integration's field is not found. */
    public Optional<IntegrationField> find(String integrationId, String fieldId) {
        return database.read(connection -> find(connection, integrationId, fieldId));
    }

    /** Switches passthrough of one of the integration's fields; empty when it has no such field. */
    public Optional<IntegrationField> setPassthrough(String integrationId, String fieldId, boolean enabled) {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE integration_fields"
                    + " SET is_passthrough_enabled = ? WHERE integration_id = ? AND id = ?")) {
                update.setBoolean(1, enabled);
                update.setString(2, integrationId);
                update.setString(3, fieldId);
                update.executeUpdate();
            }
            return find(connection, integrationId, fieldId);
        });
    }

    /** The integration's selection, which a sync reads once at its start. */
    public Selection selection(String integrationId) {
        return database.read(connection -> {
            List<CustomFieldSource> customFields = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT c.key AS custom_field_key, "
                    + aliased("f") + " FROM custom_field_mappings m"
                    + " JOIN custom_fields c ON c.id = m.custom_field_id"
                    + " JOIN integration_fields f ON f.id = m.integration_field_id"
                    + " WHERE m.integration_id = ? ORDER BY c.key, c.id")) {
                select.setString(1, integrationId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        customFields.add(new CustomFieldSource(row.getString("custom_field_key"), field(row, "f_")));
                    }
                }
            }
            List<IntegrationField> passthrough;
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM integration_fields WHERE integration_id = ? AND is_passthrough_enabled = TRUE"
                    + " ORDER BY key, id")) {
                select.setString(1, integrationId);
                passthrough = fields(select);
            }
            return new Selection(customFields, passthrough);
        });
    }

    /** The columns of an integration field under a table alias, each named {@code <alias>_<column>}. */
    static String aliased(String alias) {
        List<String> columns = new ArrayList<>();
        for (String column : COLUMNS.split(", ")) {
            columns.add(alias + "." + column + " AS " + alias + "_" + column);
        }
        return String.join(", ", columns);
    }

    private static Optional<IntegrationField> find(Connection connection, String integrationId, String fieldId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM integration_fields WHERE integration_id = ? AND id = ?")) {
            select.setString(1, integrationId);
            select.setString(2, fieldId);
            return fields(select).stream().findFirst();
        }
    }

    private static List<IntegrationField> fields(PreparedStatement select) throws SQLException {
        List<IntegrationField> fields = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                fields.add(field(row, ""));
            }
        }
        return fields;
    }

    /** An integration field from a row whose columns are named {@code prefix + column}; null when the id is null. */
    static IntegrationField field(ResultSet row, String prefix) throws SQLException {
        String id = row.getString(prefix + "id");
        if (id == null) {
            return null;
        }
        return new IntegrationField(id, row.getString(prefix + "integration_id"), row.getString(prefix + "model"),
                row.getString(prefix + "key"), row.getString(prefix + "type"), row.getString(prefix + "label"),
                row.getBoolean(prefix + "is_passthrough_enabled"), row.getBoolean(prefix + "is_writable"),
                row.getLong(prefix + "first_seen_at"), row.getLong(prefix + "last_seen_at"));
    }
}
