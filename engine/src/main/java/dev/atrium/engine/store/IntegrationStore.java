package dev.atrium.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Integrations: which tool, where, with which connection values (encrypted at rest), settings and schedule. */
public final class IntegrationStore {

    private static final String COLUMNS = "id, environment_id, tool, base_url, connection, settings,"
            + " end_user_organization_name, end_user_email, end_user_origin_id, enabled, created_at,"
            + " first_sync_completed_at, full_sync_interval_minutes, delta_sync_interval_minutes, next_full_sync_at,"
            + " next_delta_sync_at";
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final Database database;
    private final Secrets secrets;

    public IntegrationStore(Database database, Secrets secrets) {
        this.database = database;
        this.secrets = secrets;
    }

    /** Stores a new integration with id {@code <tool>:<24 base58>}. Values are assumed checked by the caller. */
    public Integration create(String environmentId, String tool, String baseUrl, Map<String, String> values,
            ObjectNode settings, EndUser endUser) {
        Integration integration = new Integration(tool + ":" + RecordIds.random(), environmentId, tool, baseUrl,
                values, settings == null ? Json.object() : settings, endUser, true,
                System.currentTimeMillis(), null, null, null, null, null);
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO integrations (id, environment_id,"
                    + " tool, base_url, connection, settings, end_user_organization_name, end_user_email,"
                    + " end_user_origin_id, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)")) {
                insert.setString(1, integration.id());
                insert.setString(2, integration.environmentId());
                insert.setString(3, integration.tool());
                insert.setString(4, integration.baseUrl());
                insert.setString(5, secrets.encrypt(Json.write(integration.connection())));
                insert.setString(6, Json.canonical(integration.settings()));
                insert.setString(7, integration.endUser().organizationName());
                insert.setString(8, integration.endUser().creatorEmail());
                insert.setString(9, integration.endUser().originId());
                insert.setLong(10, integration.createdAt());
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
        return list("SELECT " + COLUMNS + " FROM integrations WHERE environment_id = ? ORDER BY created_at, id",
                environmentId);
    }

    /** Every enabled integration, for the scheduler. */
    public List<Integration> listEnabled() {
        return list("SELECT " + COLUMNS + " FROM integrations WHERE enabled = TRUE ORDER BY created_at, id");
    }

    /** New connection values and base URL (null: the mapping's own) for an existing integration. */
    public void reconnect(String id, String baseUrl, Map<String, String> values) {
        update("UPDATE integrations SET base_url = ?, connection = ? WHERE id = ?", baseUrl,
                secrets.encrypt(Json.write(values)), id);
    }

    /**
     * Turns an integration's syncing on or off; connection values, settings and data stay. The events (its
     * webhooks) are queued in the same transaction, and only when the state changed: returns whether it did.
     */
    public boolean setEnabled(String id, boolean enabled, List<WebhookStore.Event> events) {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE integrations SET enabled = ? WHERE id = ? AND enabled <> ?")) {
                update.setBoolean(1, enabled);
                update.setString(2, id);
                update.setBoolean(3, enabled);
                if (update.executeUpdate() != 1) {
                    return false;
                }
            }
            WebhookStore.enqueue(connection, environmentOf(connection, id), events, System.currentTimeMillis());
            return true;
        });
    }

    /**
     * Deletes an integration and everything kept for it, in one transaction with the events (its webhooks)
     * that announce it; returns false when there was no such integration. Run it once no sync of it runs.
     */
    public boolean delete(String id, List<WebhookStore.Event> events) {
        return database.transaction(connection -> {
            String environmentId = environmentOf(connection, id);
            if (environmentId == null) {
                return false;
            }
            // The integration first: its rows in records, sync_runs (and their checkpoints), integration_auth,
            // quarantined_records and every other table referencing it go with it (ON DELETE CASCADE). On
            // PostgreSQL this waits for a sync's write in progress, whose rows the cascade then sees too; any
            // later write of its records fails on the missing integration instead of leaving orphans.
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM integrations WHERE id = ?")) {
                delete.setString(1, id);
                if (delete.executeUpdate() != 1) {
                    return false;
                }
            }
            // record_keys has no foreign key (it would cost every insert a lookup); its rows are only ever
            // written together with their record's, so none can come back after this.
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM record_keys WHERE integration_id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            WebhookStore.enqueue(connection, environmentId, events, System.currentTimeMillis());
            return true;
        });
    }

    private static String environmentOf(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT environment_id FROM integrations WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Records that a sync completed; only the first one counts, reads are served from then on. */
    public void markFirstSyncCompleted(String id, long at) {
        update("UPDATE integrations SET first_sync_completed_at = ? WHERE id = ? AND first_sync_completed_at IS NULL",
                at, id);
    }

    /** When the scheduler should queue the next FULL and DELTA syncs (null: as soon as possible). */
    public void scheduleNext(String id, Long nextFullAt, Long nextDeltaAt) {
        update("UPDATE integrations SET next_full_sync_at = ?, next_delta_sync_at = ? WHERE id = ?", nextFullAt,
                nextDeltaAt, id);
    }

    /** Replaces the integration's settings (checked by the caller, see {@link IntegrationSettings#merged}). */
    public void setSettings(String id, ObjectNode settings) {
        update("UPDATE integrations SET settings = ? WHERE id = ?", Json.canonical(settings), id);
    }

    /** The integration's own sync intervals in minutes (null: the defaults). */
    public void setSyncIntervals(String id, Integer fullMinutes, Integer deltaMinutes) {
        update("UPDATE integrations SET full_sync_interval_minutes = ?, delta_sync_interval_minutes = ? WHERE id = ?",
                fullMinutes, deltaMinutes, id);
    }

    private List<Integration> list(String sql, Object... parameters) {
        return database.read(connection -> {
            List<Integration> integrations = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Sql.bind(select, 1, Arrays.asList(parameters));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        integrations.add(integration(row));
                    }
                }
            }
            return integrations;
        });
    }

    private void update(String sql, Object... values) {
        database.transaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        statement.setNull(i + 1, Types.BIGINT);
                    } else {
                        Sql.bind(statement, i + 1, values[i]);
                    }
                }
                return statement.executeUpdate();
            }
        });
    }

    private Integration integration(ResultSet row) throws SQLException {
        try {
            return new Integration(row.getString("id"), row.getString("environment_id"), row.getString("tool"),
                    row.getString("base_url"),
                    Json.MAPPER.readValue(secrets.decrypt(row.getString("connection")), STRING_MAP),
                    (ObjectNode) Json.parse(row.getString("settings")),
                    new EndUser(row.getString("end_user_organization_name"), row.getString("end_user_email"),
                            row.getString("end_user_origin_id")),
                    row.getBoolean("enabled"), row.getLong("created_at"),
                    Sql.nullableLong(row, "first_sync_completed_at"),
                    nullableInt(row, "full_sync_interval_minutes"), nullableInt(row, "delta_sync_interval_minutes"),
                    Sql.nullableLong(row, "next_full_sync_at"), Sql.nullableLong(row, "next_delta_sync_at"));
        } catch (JsonProcessingException e) {
            throw new StoreException("integration " + row.getString("id") + " has unreadable stored JSON");
        }
    }

    private static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
