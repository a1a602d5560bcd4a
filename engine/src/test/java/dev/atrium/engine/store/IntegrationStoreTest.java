package dev.atrium.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Integrations (connection values encrypted at rest, schedule) and their authentication state, on every backend. */
class IntegrationStoreTest {

    private static final Secrets OTHER_KEY = Secrets.fromBase64("ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=");
    private static final String SECRET = "sk_live_do-not-leak-4711";

    /** A column as the database holds it, read with plain JDBC past the store. */
    private static String rawColumn(StoreFixture store, String sql, String id) {
        return store.database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next(), "no row for " + id);
                    return row.getString(1);
                }
            }
        });
    }

    @StoreTest
    void connectionValuesAreEncryptedAtRestAndReadBackDecrypted(StoreFixture store) {
        Integration created = store.integrations.create(store.environment.id(), "demo", "https://api.example.test",
                Map.of("api_key", SECRET, "subdomain", "acme"), Json.object().put("region", "eu"),
                new EndUser("Acme Inc", "ops@acme.test", "acme-7"));

        String stored = rawColumn(store, "SELECT connection FROM integrations WHERE id = ?", created.id());
        assertTrue(stored.startsWith("enc:v1:"), stored);
        assertFalse(stored.contains(SECRET));
        assertFalse(stored.contains("acme"));

        Integration read = store.integrations.find(created.id()).orElseThrow();
        assertEquals(Map.of("api_key", SECRET, "subdomain", "acme"), read.connection());
        assertEquals("https://api.example.test", read.baseUrl());
        assertEquals("eu", read.settings().get("region").asText());
        assertEquals(new EndUser("Acme Inc", "ops@acme.test", "acme-7"), read.endUser());
        assertEquals(store.environment.id(), read.environmentId());
        assertTrue(read.enabled());
        assertEquals(created.createdAt(), read.createdAt());
    }

    @StoreTest
    void aWrongKeyFailsLoudly(StoreFixture store) {
        IntegrationStore wrongKey = new IntegrationStore(store.database, OTHER_KEY);
        assertThrows(StoreException.class, () -> wrongKey.find(store.integration.id()));
        assertThrows(StoreException.class, () -> wrongKey.listByEnvironment(store.environment.id()));
    }

    @StoreTest
    void reconnectReplacesValuesAndBaseUrl(StoreFixture store) {
        String id = store.integration.id();
        store.integrations.reconnect(id, "https://sandbox.example.test", Map.of("api_key", SECRET));
        assertEquals("https://sandbox.example.test", store.integrations.find(id).orElseThrow().baseUrl());
        assertFalse(rawColumn(store, "SELECT connection FROM integrations WHERE id = ?", id).contains(SECRET));

        store.integrations.reconnect(id, null, Map.of("api_key", "rotated"));
        Integration read = store.integrations.find(id).orElseThrow();
        assertNull(read.baseUrl());
        assertEquals(Map.of("api_key", "rotated"), read.connection());
    }

    @StoreTest
    void scheduleFieldsRoundTrip(StoreFixture store) {
        String id = store.integration.id();
        Integration fresh = store.integrations.find(id).orElseThrow();
        assertNull(fresh.fullSyncIntervalMinutes());
        assertNull(fresh.nextFullSyncAt());
        assertNull(fresh.firstSyncCompletedAt());

        store.integrations.setSyncIntervals(id, 1440, 15);
        store.integrations.scheduleNext(id, 5_000_000_000_000L, null);
        Integration scheduled = store.integrations.find(id).orElseThrow();
        assertEquals(1440, scheduled.fullSyncIntervalMinutes());
        assertEquals(15, scheduled.deltaSyncIntervalMinutes());
        assertEquals(5_000_000_000_000L, scheduled.nextFullSyncAt());
        assertNull(scheduled.nextDeltaSyncAt());

        store.integrations.setSyncIntervals(id, null, null);
        store.integrations.scheduleNext(id, null, 7_000L);
        Integration reset = store.integrations.find(id).orElseThrow();
        assertNull(reset.fullSyncIntervalMinutes());
        assertNull(reset.deltaSyncIntervalMinutes());
        assertNull(reset.nextFullSyncAt());
        assertEquals(7_000L, reset.nextDeltaSyncAt());

        // Only the first completed sync counts.
        store.integrations.markFirstSyncCompleted(id, 1_000);
        store.integrations.markFirstSyncCompleted(id, 2_000);
        assertEquals(1_000L, store.integrations.find(id).orElseThrow().firstSyncCompletedAt());
    }

    @StoreTest
    void listsByEnvironmentAndEnabled(StoreFixture store) {
        Integration second = store.newIntegration();
        Environment other = store.environments.createEnvironment("other");
        Integration elsewhere = store.integrations.create(other.id(), "demo", null, Map.of(), null,
                EndUser.UNKNOWN);

        assertEquals(Set.of(store.integration.id(), second.id()), ids(store.integrations.listByEnvironment(
                store.environment.id())));
        assertEquals(Set.of(elsewhere.id()), ids(store.integrations.listByEnvironment(other.id())));
        assertEquals(Set.of(store.integration.id(), second.id(), elsewhere.id()), ids(store.integrations.listEnabled()));
    }

    @StoreTest
    void disabledIntegrationsAreNotScheduled(StoreFixture store) {
        Integration disabled = store.newIntegration();
        // No store operation disables one yet: the shared binding helper writes the flag (and a null) directly.
        store.database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE integrations SET enabled = ?, next_full_sync_at = ? WHERE id = ?")) {
                Sql.bind(update, 1, Arrays.asList(false, null, disabled.id()));
                return update.executeUpdate();
            }
        });
        assertFalse(store.integrations.find(disabled.id()).orElseThrow().enabled());
        assertEquals(Set.of(store.integration.id()), ids(store.integrations.listEnabled()));
    }

    private static Set<String> ids(List<Integration> integrations) {
        List<String> ids = integrations.stream().map(Integration::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "listed twice: " + ids);
        return Set.copyOf(ids);
    }

    @StoreTest
    void authStateIsStoredEncryptedAndReplaced(StoreFixture store) {
        AuthStateStore auth = new AuthStateStore(store.database, StoreFixture.SECRETS);
        String id = store.integration.id();
        assertTrue(auth.load(id).isEmpty());

        ObjectNode first = Json.object().put("refresh_token", SECRET).put("expires_at", 1_000);
        auth.save(id, first);
        assertEquals(first, auth.load(id).orElseThrow());
        String stored = rawColumn(store, "SELECT state FROM integration_auth WHERE integration_id = ?", id);
        assertTrue(stored.startsWith("enc:v1:"), stored);
        assertFalse(stored.contains(SECRET));

        ObjectNode rotated = Json.object().put("refresh_token", "rotated").put("expires_at", 2_000);
        auth.save(id, rotated);
        assertEquals(rotated, auth.load(id).orElseThrow());

        assertThrows(StoreException.class, () -> new AuthStateStore(store.database, OTHER_KEY).load(id));
    }
}
