package dev.atrium.engine;

import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.Database;
import dev.atrium.engine.store.EnvironmentStore;
import dev.atrium.engine.store.IntegrationStore;
import dev.atrium.engine.store.RecordStore;
import dev.atrium.engine.store.RecordWriter;
import dev.atrium.engine.store.SyncRunStore;
import dev.atrium.engine.sync.RecordTransformer;
import dev.atrium.engine.sync.RequesterFactory;
import dev.atrium.engine.sync.SyncRunner;
import dev.atrium.engine.sync.SyncService;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/** The engine wired together: store, models, mappings and syncs. One per process. */
public final class Engine implements AutoCloseable {

    private final Database database;
    private final ModelCatalog models;
    private final Mappings mappings;
    private final WebClient webClient;
    private final EnvironmentStore environments;
    private final IntegrationStore integrations;
    private final RecordStore records;
    private final SyncRunStore syncRuns;
    private final RecordTransformer transformer;
    private final SyncService syncs;

    private Engine(Database database, ModelCatalog models, Mappings mappings, WebClient webClient) {
        this.database = database;
        this.models = models;
        this.mappings = mappings;
        this.webClient = webClient;
        this.environments = new EnvironmentStore(database);
        this.integrations = new IntegrationStore(database);
        this.records = new RecordStore(database);
        this.syncRuns = new SyncRunStore(database);
        this.transformer = new RecordTransformer(models);
        this.syncs = new SyncService(new SyncRunner(new RequesterFactory(webClient), transformer,
                new RecordWriter(database, models), syncRuns,
                integrations), integrations, mappings);
    }

    /** Opens the store at {@code databaseUrl} (migrating it) and wires the engine around the given mappings. */
    public static Engine open(Vertx vertx, String databaseUrl, ModelCatalog models, Mappings mappings) {
        WebClient client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent("Atrium")
                .setConnectTimeout(10_000)
                .setFollowRedirects(false)
                .setDecompressionSupported(true));
        return new Engine(Database.open(databaseUrl), models, mappings, client);
    }

    public ModelCatalog models() {
        return models;
    }

    public Mappings mappings() {
        return mappings;
    }

    public EnvironmentStore environments() {
        return environments;
    }

    public IntegrationStore integrations() {
        return integrations;
    }

    public RecordStore records() {
        return records;
    }

    public SyncRunStore syncRuns() {
        return syncRuns;
    }

    public RecordTransformer transformer() {
        return transformer;
    }

    public SyncService syncs() {
        return syncs;
    }

    @Override
    public void close() {
        webClient.close();
        database.close();
    }
}
