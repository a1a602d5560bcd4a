package dev.atrium.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * What an integration's authentication obtained and must keep across syncs, restarts and nodes: tokens, and
 * above all a rotated refresh token, which is written here before the token that came with it is used.
 * Encrypted like the connection values.
 */
public final class AuthStateStore {

    private final Database database;
    private final Secrets secrets;

    public AuthStateStore(Database database, Secrets secrets) {
        this.database = database;
        this.secrets = secrets;
    }

    public Optional<ObjectNode> load(String integrationId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state FROM integration_auth WHERE integration_id = ?")) {
                select.setString(1, integrationId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of((ObjectNode) Json.parse(secrets.decrypt(row.getString("state"))));
                    } catch (JsonProcessingException e) {
                        throw new StoreException("unreadable authentication state of " + integrationId);
                    }
                }
            }
        });
    }

    /** Replaces the state in one committed write: when this returns, a crash cannot lose it. */
    public void save(String integrationId, ObjectNode state) {
        database.transaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO integration_auth (integration_id,"
                    + " state, updated_at) VALUES (?, ?, ?) ON CONFLICT (integration_id) DO UPDATE SET"
                    + " state = excluded.state, updated_at = excluded.updated_at")) {
                upsert.setString(1, integrationId);
                upsert.setString(2, secrets.encrypt(Json.canonical(state)));
                upsert.setLong(3, System.currentTimeMillis());
                return upsert.executeUpdate();
            }
        });
    }
}
