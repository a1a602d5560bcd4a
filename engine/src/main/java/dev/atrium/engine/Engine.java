package dev.atrium.engine;

import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.AuthStateStore;
import dev.atrium.engine.store.CustomFieldStore;
import dev.atrium.engine.store.Database;
import dev.atrium.engine.store.EnvironmentStore;
import dev.atrium.engine.store.IntegrationFieldStore;
import dev.atrium.engine.store.IntegrationStore;
import dev.atrium.engine.store.RecordStore;
import dev.atrium.engine.store.RecordWriter;
import dev.atrium.engine.store.SyncRunStore;
import dev.atrium.engine.store.WebhookStore;
import dev.atrium.engine.sync.RecordTransformer;
import dev.atrium.engine.sync.RequesterFactory;
import dev.atrium.engine.sync.SyncFields;
import dev.atrium.engine.sync.SyncListener;
import dev.atrium.engine.sync.SyncRunner;
import dev.atrium.engine.sync.SyncSchedule;
import dev.atrium.engine.sync.SyncScheduler;
import dev.atrium.engine.sync.SyncService;
import dev.atrium.engine.webhooks.WebhookDispatcher;
import dev.atrium.engine.webhooks.WebhookOutbox;
import dev.atrium.engine.webhooks.WebhookPayloads;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;

/** The engine wired together: store, models, mappings, syncs and webhooks. One per process. */
public final class Engine implements AutoCloseable {

    private final Database database;
    private final ModelCatalog models;
    private final Mappings mappings;
    private final WebClient webClient;
    private final EnvironmentStore environments;
    private final IntegrationStore integrations;
    private final RecordStore records;
    private final SyncRunStore syncRuns;
    private final IntegrationFieldStore integrationFields;
    private final CustomFieldStore customFields;
    private final RecordTransformer transformer;
    private final SyncSchedule schedule;
    private final SyncService syncs;
    private final WebhookStore webhooks;
    private final WebhookOutbox outbox;
    private final EngineSettings settings;
    private SyncScheduler scheduler;
    private WebhookDispatcher dispatcher;
    private boolean closed;

    private Engine(Database database, ModelCatalog models, Mappings mappings, WebClient webClient,
            EngineSettings settings) {
        this.database = database;
        this.settings = settings;
        this.models = models;
        this.mappings = mappings;
        this.webClient = webClient;
        this.environments = new EnvironmentStore(database);
        this.integrations = new IntegrationStore(database, settings.secrets());
        this.records = new RecordStore(database);
        this.syncRuns = new SyncRunStore(database);
        this.integrationFields = new IntegrationFieldStore(database);
        this.customFields = new CustomFieldStore(database);
        this.transformer = new RecordTransformer(models);
        this.schedule = new SyncSchedule(integrations, settings.schedule());
        RequesterFactory requesters = new RequesterFactory(webClient,
                new AuthStateStore(database, settings.secrets()), settings.honourRateLimits());
        SyncRunner runner = new SyncRunner(requesters, transformer, new RecordWriter(database, models), syncRuns,
                integrations, new SyncFields(integrationFields, models));
        this.webhooks = new WebhookStore(database, settings.secrets());
        this.outbox = new WebhookOutbox(webhooks, syncRuns, integrations,
                new WebhookPayloads(models, settings.publicUrl()));
        this.syncs = new SyncService(runner, syncRuns, integrations, mappings, outbox, schedule, settings.nodeId(),
                settings.lease());
    }

    /** Opens the store (migrating it) and wires the engine around the given mappings. */
    public static Engine open(Vertx vertx, EngineSettings settings, ModelCatalog models, Mappings mappings) {
        WebClient client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent("Atrium")
                .setConnectTimeout(10_000)
                .setFollowRedirects(false)
                .setDecompressionSupported(true));
        return new Engine(Database.open(settings.databaseUrl()), models, mappings, client, settings);
    }

    /** Starts this node's scheduler: due syncs are queued and run by {@code workers} threads. */
    public synchronized void startScheduler(int workers, Duration tick, SyncListener listener) {
        if (scheduler == null) {
            scheduler = new SyncScheduler(syncs, integrations, mappings, schedule, workers, tick, listener);
            scheduler.start();
        }
    }

    /** Starts this node's webhook sender, which looks for due deliveries every {@code tick}. */
    public synchronized void startWebhookDelivery(Duration tick) {
        if (dispatcher == null) {
            dispatcher = new WebhookDispatcher(webhooks, outbox, webClient, settings.webhooks(), settings.nodeId(),
                    tick);
            dispatcher.start();
        }
    }

    public Database database() {
        return database;
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

    /** The raw fields of each integration's records, as syncs saw them. */
    public IntegrationFieldStore integrationFields() {
        return integrationFields;
    }

    /** Custom field definitions per environment and their mappings per integration. */
    public CustomFieldStore customFields() {
        return customFields;
    }

    public RecordTransformer transformer() {
        return transformer;
    }

    public SyncSchedule schedule() {
        return schedule;
    }

    public SyncService syncs() {
        return syncs;
    }

    public WebhookStore webhooks() {
        return webhooks;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Running syncs stop at their next page and hand their leases back: a restart or another node
        // resumes them from their checkpoints at once.
        syncs.stopRunning();
        if (scheduler != null) {
            scheduler.close();
        }
        syncs.awaitStopped(Duration.ofSeconds(30));
        syncs.releaseLeases();
        if (dispatcher != null) {
            dispatcher.close();
        }
        syncs.close();
        webClient.close();
        database.close();
    }
}
