package dev.atrium.engine.sync;

import dev.atrium.engine.Engine;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.loading.LoadResult;
import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.Environment;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.Secrets;
import dev.atrium.engine.store.StoredRecord;
import dev.atrium.engine.store.SyncRun;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One engine on a fresh SQLite store, a programmable remote, and one integration of a mapping given as text
 * (tool {@code demo}, base URL pointing at the remote): what the sync tests need around them.
 */
public final class SyncHarness implements AutoCloseable {

    public static final ModelCatalog MODELS = ModelCatalog.load();

    public final Vertx vertx = Vertx.vertx();
    public final FakeRemote remote = new FakeRemote(vertx);
    public final Engine engine;
    public final Integration integration;

    public SyncHarness(Path folder, String mappingYaml, Map<String, String> connection) {
        this(folder, mappingYaml, connection, EngineSettings.of("sqlite:" + folder.resolve("atrium.db"),
                Secrets.fromKeyFile(folder.resolve("secret.key"))).withLease(Duration.ofSeconds(5)));
    }

    public SyncHarness(Path folder, String mappingYaml, Map<String, String> connection, EngineSettings settings) {
        LoadResult loaded = new MappingLoader(MODELS).loadText("demo.yaml", mappingYaml);
        engine = Engine.open(vertx, settings, MODELS, loaded.orThrow());
        Environment environment = engine.environments().createEnvironment("test");
        integration = engine.integrations().create(environment.id(), "demo", remote.baseUrl(), connection,
                IntegrationSettings.readingAll(), null);
    }

    public SyncRun sync(SyncType type) {
        return engine.syncs().runNow(integration.id(), type, "test", SyncListener.NONE);
    }

    public SyncRun sync() {
        return sync(SyncType.FULL);
    }

    public StoredRecord record(String model, String remoteId) {
        String id = RecordIds.of(integration.id(), model, remoteId);
        return engine.records().getByIds(integration.id(), model, List.of(id)).get(id);
    }

    public long count(String model) {
        return engine.records().count(integration.id(), model, false);
    }

    @Override
    public void close() {
        engine.close();
        remote.close();
        vertx.close().await();
    }
}
