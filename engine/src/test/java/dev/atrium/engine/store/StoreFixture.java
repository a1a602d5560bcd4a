package dev.atrium.engine.store;

import dev.atrium.engine.json.Json;
import dev.atrium.engine.models.ModelCatalog;
import java.nio.file.Path;
import java.util.Map;

/** A fresh SQLite store in a temporary folder with one environment and one integration. */
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

    StoreFixture(Path folder) {
        database = Database.open("sqlite:" + folder.resolve("atrium.db"));
        environments = new EnvironmentStore(database);
        integrations = new IntegrationStore(database, SECRETS);
        records = new RecordStore(database);
        writer = new RecordWriter(database, MODELS);
        runs = new SyncRunStore(database);
        environment = environments.createEnvironment("test");
        integration = integrations.create(environment.id(), "demo", null, Map.of("api_key", "k"), Json.object(), null);
    }

    @Override
    public void close() {
        database.close();
    }
}
