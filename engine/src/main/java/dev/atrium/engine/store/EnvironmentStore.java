package dev.atrium.engine.store;

import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Environments, their API keys (hashed) and the installation's own id. */
public final class EnvironmentStore {

    private static final String KEY_PREFIX = "atr_";
    private static final String ADMIN_KEY_PREFIX = "atr_admin_";

    private final Database database;
    /** Read once: it never changes, and every check-api-key call needs it. */
    private volatile String installationId;

    public EnvironmentStore(Database database) {
        this.database = database;
    }

    /** This installation's id, created on first use; /v1/check-api-key serves it as customer_id. */
    public String installationId() {
        String id = installationId;
        if (id == null) {
            id = loadOrCreateInstallationId();
            installationId = id;
        }
        return id;
    }

    private String loadOrCreateInstallationId() {
        return database.transaction(connection -> {
            // Nodes starting together on a new store must not each insert an id of their own.
            database.dialect().lockForWrites(connection, "installation");
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM installation");
                    ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return row.getString("id");
                }
            }
            String id = RecordIds.random();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO installation (id, created_at) VALUES (?, ?)")) {
                insert.setString(1, id);
                insert.setLong(2, System.currentTimeMillis());
                insert.executeUpdate();
            }
            return id;
        });
    }

    /** Stores a new environment; names are unique (the database refuses a second one). */
    public Environment createEnvironment(String name) {
        Environment environment = new Environment(RecordIds.random(), name.trim(), System.currentTimeMillis());
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO environments (id, name, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, environment.id());
                insert.setString(2, environment.name());
                insert.setLong(3, environment.createdAt());
                return insert.executeUpdate();
            }
        });
        return environment;
    }

    /** Finds an environment by id or by name. */
    public Optional<Environment> findEnvironment(String idOrName) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, created_at FROM environments WHERE id = ? OR name = ?")) {
                select.setString(1, idOrName);
                select.setString(2, idOrName);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(environment(row)) : Optional.empty();
                }
            }
        });
    }

    public List<Environment> listEnvironments() {
        return database.read(connection -> {
            List<Environment> environments = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, created_at FROM environments ORDER BY created_at, id");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    environments.add(environment(row));
                }
            }
            return environments;
        });
    }

    /** Creates a key for an environment, or an admin key when {@code environmentId} is null. */
    public CreatedApiKey createApiKey(String environmentId, String label) {
        ApiKeyGrant.Scope scope = environmentId == null ? ApiKeyGrant.Scope.ADMIN : ApiKeyGrant.Scope.ENVIRONMENT;
        String key = (scope == ApiKeyGrant.Scope.ADMIN ? ADMIN_KEY_PREFIX : KEY_PREFIX) + RecordIds.secret(40);
        String id = RecordIds.random();
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO api_keys (id, environment_id, scope, key_hash, label, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, environmentId);
                insert.setString(3, scope.name().toLowerCase());
                insert.setString(4, Json.sha256Hex(key));
                insert.setString(5, label);
                insert.setLong(6, System.currentTimeMillis());
                return insert.executeUpdate();
            }
        });
        return new CreatedApiKey(id, key, scope, environmentId);
    }

    /** What a presented key grants, if it is a live key. Keys are high-entropy, so a plain SHA-256 is enough. */
    public Optional<ApiKeyGrant> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 200) {
            return Optional.empty();
        }
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, scope, environment_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")) {
                select.setString(1, Json.sha256Hex(key));
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ApiKeyGrant(row.getString("id"),
                            ApiKeyGrant.Scope.valueOf(row.getString("scope").toUpperCase()),
                            row.getString("environment_id")));
                }
            }
        });
    }

    private static Environment environment(ResultSet row) throws SQLException {
        return new Environment(row.getString("id"), row.getString("name"), row.getLong("created_at"));
    }
}
