package dev.atrium.engine.store;

import dev.atrium.engine.ids.RecordIds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Custom field definitions per environment and, per integration, which integration field fills each. Inputs are
 * assumed checked by the caller (key syntax, model names, a source of the same integration and model).
 */
public final class CustomFieldStore {

    private static final String COLUMNS = "id, environment_id, model, key, label, description, created_at";

    private final Database database;

    public CustomFieldStore(Database database) {
        this.database = database;
    }

    /** Defines a custom field; empty when the environment has one of that model and key already. */
    public Optional<CustomField> create(String environmentId, String model, String key, String label,
            String description) {
        CustomField field = new CustomField(RecordIds.random(), environmentId, model, key, label, description,
                System.currentTimeMillis());
        int inserted = database.transaction(connection -> {
            // The unique key decides, so two nodes defining the same field at once cannot both succeed.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO custom_fields (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (environment_id, model, key) DO NOTHING")) {
                insert.setString(1, field.id());
                insert.setString(2, environmentId);
                insert.setString(3, model);
                insert.setString(4, key);
                insert.setString(5, label);
                insert.setString(6, description);
                insert.setLong(7, field.createdAt());
                return insert.executeUpdate();
            }
        });
        return inserted == 1 ? Optional.of(field) : Optional.empty();
    }

    /** Every custom field of an environment, by model and key. */
    public List<CustomField> list(String environmentId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM custom_fields WHERE environment_id = ? ORDER BY model, key")) {
                select.setString(1, environmentId);
                List<CustomField> fields = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        fields.add(field(row));
                    }
                }
                return fields;
            }
        });
    }

    public Optional<CustomField> find(String id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM custom_fields WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(field(row)) : Optional.empty();
                }
            }
        });
    }

    /** Removes a definition and every integration's mapping of it; false when there was none. */
    public boolean delete(String id) {
        return database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM custom_fields WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /**
     * One page, in id order after {@code afterId} (null: from the start), of the custom fields of an environment,
     * each with the integration field the integration fills it from.
     */
    public List<MappedCustomField> listMapped(String environmentId, String integrationId, String afterId, int limit) {
        return database.read(connection -> mapped(connection, "c.environment_id = ? AND c.id > ? ORDER BY c.id LIMIT ?",
                integrationId, environmentId, afterId == null ? "" : afterId, limit));
    }

    /** One custom field of an environment with the integration's mapping of it. */
    public Optional<MappedCustomField> findMapped(String environmentId, String integrationId, String customFieldId) {
        return database.read(connection -> mapped(connection, "c.environment_id = ? AND c.id = ?", integrationId,
                environmentId, customFieldId).stream().findFirst());
    }

    /** Fills a custom field from an integration field of the integration, or (null) leaves it unmapped there. */
    public void map(String integrationId, String customFieldId, String integrationFieldId) {
        database.transaction(connection -> {
            if (integrationFieldId == null) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM custom_field_mappings"
                        + " WHERE integration_id = ? AND custom_field_id = ?")) {
                    delete.setString(1, integrationId);
                    delete.setString(2, customFieldId);
                    return delete.executeUpdate();
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO custom_field_mappings"
                    + " (integration_id, custom_field_id, integration_field_id, updated_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (integration_id, custom_field_id) DO UPDATE SET"
                    + " integration_field_id = excluded.integration_field_id, updated_at = excluded.updated_at")) {
                upsert.setString(1, integrationId);
                upsert.setString(2, customFieldId);
                upsert.setString(3, integrationFieldId);
                upsert.setLong(4, System.currentTimeMillis());
                return upsert.executeUpdate();
            }
        });
    }

    private static List<MappedCustomField> mapped(Connection connection, String where, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT c.id, c.environment_id, c.model, c.key,"
                + " c.label, c.description, c.created_at, " + IntegrationFieldStore.aliased("f")
                + " FROM custom_fields c"
                + " LEFT JOIN custom_field_mappings m ON m.custom_field_id = c.id AND m.integration_id = ?"
                + " LEFT JOIN integration_fields f ON f.id = m.integration_field_id"
                + " WHERE " + where)) {
            Sql.bind(select, 1, List.of(parameters));
            List<MappedCustomField> fields = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    fields.add(new MappedCustomField(field(row), IntegrationFieldStore.field(row, "f_")));
                }
            }
            return fields;
        }
    }

    private static CustomField field(ResultSet row) throws SQLException {
        return new CustomField(row.getString("id"), row.getString("environment_id"), row.getString("model"),
                row.getString("key"), row.getString("label"), row.getString("description"),
                row.getLong("created_at"));
    }
}
