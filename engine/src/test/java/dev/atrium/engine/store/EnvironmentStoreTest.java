package dev.atrium.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Environments, API keys and the installation id, on every backend. */
class EnvironmentStoreTest {

    @StoreTest
    void environmentsAreFoundByIdOrNameAndNamesAreUnique(StoreFixture store) {
        Environment production = store.environments.createEnvironment(" production ");
        assertEquals("production", production.name());
        assertEquals(production, store.environments.findEnvironment(production.id()).orElseThrow());
        assertEquals(production, store.environments.findEnvironment("production").orElseThrow());
        assertTrue(store.environments.findEnvironment("staging").isEmpty());
        assertThrows(StoreException.class, () -> store.environments.createEnvironment("production"));
        assertEquals(Set.of("test", "production"), Set.copyOf(store.environments.listEnvironments().stream()
                .map(Environment::name).toList()));
    }

    @StoreTest
    void apiKeysAuthenticateByHashOnly(StoreFixture store) {
        CreatedApiKey key = store.environments.createApiKey(store.environment.id(), "ci");
        CreatedApiKey admin = store.environments.createApiKey(null, "operator");

        ApiKeyGrant grant = store.environments.authenticate(key.key()).orElseThrow();
        assertEquals(ApiKeyGrant.Scope.ENVIRONMENT, grant.scope());
        assertEquals(store.environment.id(), grant.environmentId());
        assertEquals(ApiKeyGrant.Scope.ADMIN, store.environments.authenticate(admin.key()).orElseThrow().scope());
        assertTrue(store.environments.authenticate(key.key() + "x").isEmpty());
        int plainCopies = store.database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM api_keys WHERE key_hash = ? OR label = ?")) {
                select.setString(1, key.key());
                select.setString(2, key.key());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
        assertEquals(0, plainCopies);
    }

    /** Nodes starting together on a new store must agree on one installation id, not each make their own. */
    @StoreTest
    void nodesStartingAtOnceShareOneInstallationId(StoreFixture store) throws Exception {
        List<Database> nodes = List.of(store.openNode(), store.openNode(), store.openNode());
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String> ids = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                EnvironmentStore environments = new EnvironmentStore(nodes.get(t % nodes.size()));
                answers.add(pool.submit(() -> {
                    start.await();
                    return environments.installationId();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                ids.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Set.copyOf(ids).size(), "installation ids: " + ids);
        assertEquals(ids.get(0), store.environments.installationId());
        int rows = store.database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM installation");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
        assertEquals(1, rows);
    }
}
