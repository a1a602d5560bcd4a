package dev.atrium.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Integrations: which tool, where, with which connection values and settings. */
public final class IntegrationStore {

    private static final String COLUMNS = "id, environment_id, tool, base_url, connection, settings,"
            + " end_user_organization_name, enabled, created_at, first_sync_completed_at";
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final Database database;

    public IntegrationStore(Database database) {
        this.database = database;
    }

    /** Stores a new integration with id {@code <tool>:<24 base58>}. Values are assumed checked by the caller. */
    public Integration create(String environmentId, String tool, String baseUrl, Map<String, String> values,
            ObjectNode settings, String endUserOrganizationName) {
        Integration integration = new Integration(tool + ":" + RecordIds.random(), environmentId, tool, baseUrl,
                values, settings == null ? Json.object() : settings, endUserOrganizationName, true,
                System.currentTimeMillis(), null);
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO integrations (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, integration.id());
                insert.setString(2, integration.environmentId());
                insert.setString(3, integration.tool());
                insert.setString(4, integration.baseUrl());
                insert.setString(5, Json.write(integration.connection()));
                insert.setString(6, Json.canonical(integration.settings()));
                insert.setString(7, integration.endUserOrganizationName());
                insert.setInt(8, 1);
                insert.setLong(9, integration.createdAt());
                insert.setNull(10, java.sql.Types.BIGINT);
                return insert.executeUpdate();
            }
        });
        return integration;
    }

    public Optional<Integration> find(String id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM integrations WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(integration(row)) : Optional.empty();
                }
            }
        });
    }

    public List<Integration> listByEnvironment(String environmentId) {
        return database.read(connection -> {
            List<Integration> integrations = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM integrations WHERE environment_id = ? ORDER BY created_at, id")) {
                select.setString(1, environmentId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        integrations.add(integration(row));
                    }
                }
            }
            return integrations;
        });
    }

    /** New connection values and base URL (null: the mapping's own) for an existing integration. */
    public void reconnect(String id, String baseUrl, Map<String, String> values) {
        update("UPDATE integrations SET base_url = ?, connection = ? WHERE id = ?", baseUrl, Json.write(values), id);
    }

    /** Records that a sync completed; only the first one counts, reads are served from then on. */
    public void markFirstSyncCompleted(String id, long at) {
        update("UPDATE integrations SET first_sync_completed_at = ? WHERE id = ? AND first_sync_completed_at IS NULL",
                at, id);
    }

    private void update(String sql, Object... values) {
        database.transaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Sql.bind(statement, 1, java.util.Arrays.asList(values));
                return statement.executeUpdate();
            }
        });
    }

    private static Integration integration(ResultSet row) throws SQLException {
        try {
            return new Integration(row.getString("id"), row.getString("environment_id"), row.getString("tool"),
                    row.getString("base_url"), Json.MAPPER.readValue(row.getString("connection"), STRING_MAP),
                    (ObjectNode) Json.parse(row.getString("settings")), row.getString("end_user_organization_name"),
                    row.getInt("enabled") == 1, row.getLong("created_at"),
                    Sql.nullableLong(row, "first_sync_completed_at"));
        } catch (JsonProcessingException e) {
            throw new StoreException("integration " + row.getString("id") + " has unreadable stored JSON");
        }
    }
}
