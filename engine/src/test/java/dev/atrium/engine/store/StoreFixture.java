package dev.atrium.engine.store;

import dev.atrium.engine.json.Json;
import dev.atrium.engine.models.ModelCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fresh store on one backend with one environment and one integration; {@link StoreBackend} makes one per test. */
final class StoreFixture implements AutoCloseable {

    static final ModelCatalog MODELS = ModelCatalog.load();
    static final Secrets SECRETS = Secrets.fromBase64("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    final Database database;
    final EnvironmentStore environments;
    final IntegrationStore integrations;
    final RecordStore records;
    final RecordWriter writer;
    final SyncRunStore runs;
    final Environment environment;
    final Integration integration;

    private final StoreBackend.FreshStore store;
    private final List<Database> nodes = new ArrayList<>();

    StoreFixture(StoreBackend.FreshStore store) {
        this.store = store;
        try {
            database = openNode();
            environments = new EnvironmentStore(database);
            integrations = new IntegrationStore(database, SECRETS);
            records = new RecordStore(database);
            writer = new RecordWriter(database, MODELS);
            runs = new SyncRunStore(database);
            environment = environments.createEnvironment("test");
            integration = newIntegration();
        } catch (RuntimeException e) {
            // JUnit never sees a fixture that failed half-way: remove what was made of it here.
            close();
            throw e;
        }
    }

    /** Another connection pool on the same store, as a second node sharing it would have; closed with the fixture. */
    Database openNode() {
        Database node = Database.open(store.url());
        synchronized (nodes) {
            nodes.add(node);
        }
        return node;
    }

    /** Another integration in the fixture's environment. */
    Integration newIntegration() {
        return integrations.create(environment.id(), "demo", null, Map.of("api_key", "k"), Json.object(),
                EndUser.UNKNOWN);
    }

    @Override
    public void close() {
        synchronized (nodes) {
            nodes.forEach(Database::close);
            nodes.clear();
        }
        try {
            store.removal().remove();
        } catch (Exception e) {
            throw new IllegalStateException("cannot remove a test store", e);
        }
    }
}
