package dev.atrium.engine;

import dev.atrium.engine.http.Passthrough;
import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.MappingCoverage;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.store.AuthStateStore;
import dev.atrium.engine.store.CustomFieldStore;
import dev.atrium.engine.store.TrackedApplicationStore;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine wired together: store, models, mappings, syncs and webhooks. One per process. */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

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
    private final TrackedApplicationStore trackedApplications;
    private final RecordTransformer transformer;
    private final SyncSchedule schedule;
    private final SyncService syncs;
    private final WebhookStore webhooks;
    private final WebhookOutbox outbox;
    private final EngineSettings settings;
    private final Map<String, MappingCoverage> coverage;
    private final IntegrationLifecycle lifecycle;
    private final Passthrough passthrough;
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
        this.trackedApplications = new TrackedApplicationStore(database);
        this.transformer = new RecordTransformer(models);
        this.schedule = new SyncSchedule(integrations, settings.schedule());
        RequesterFactory requesters = new RequesterFactory(webClient,
                new AuthStateStore(database, settings.secrets()), settings.honourRateLimits());
        this.passthrough = new Passthrough(requesters, mappings);
        SyncRunner runner = new SyncRunner(requesters, transformer, new RecordWriter(database, models), syncRuns,
                integrations, new SyncFields(integrationFields, models), trackedApplications);
        this.webhooks = new WebhookStore(database, settings.secrets());
        WebhookPayloads payloads = new WebhookPayloads(models, settings.publicUrl());
        this.outbox = new WebhookOutbox(webhooks, syncRuns, integrations, payloads);
        this.syncs = new SyncService(runner, syncRuns, integrations, mappings, outbox, schedule, settings.nodeId(),
                settings.lease());
        this.lifecycle = new IntegrationLifecycle(integrations, syncRuns, syncs, payloads);
        this.coverage = coverageOf(mappings, models);
    }

    /** Reads what each mapping provides once: mappings do not change while the engine runs. */
    private static Map<String, MappingCoverage> coverageOf(Mappings mappings, ModelCatalog models) {
        Map<String, MappingCoverage> coverage = new LinkedHashMap<>();
        for (Mapping mapping : mappings.all()) {
            MappingCoverage read = MappingCoverage.of(mapping, models);
            for (String unreadable : read.unreadable()) {
                LOG.atWarn().addKeyValue("tool", mapping.tool()).addKeyValue("transform", unreadable)
                        .log("coverage.unreadable_transform");
            }
            coverage.put(mapping.tool(), read);
        }
        return Map.copyOf(coverage);
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

    /** What the tool's mapping provides; nothing for a tool without a mapping. */
    public MappingCoverage coverage(String tool) {
        return coverage.getOrDefault(tool, MappingCoverage.none());
    }

    public EngineSettings settings() {
        return settings;
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

    /** The applications each integration follows while it syncs only created applications. */
    public TrackedApplicationStore trackedApplications() {
        return trackedApplications;
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

    /** Disabling, enabling and deleting integrations. */
    public IntegrationLifecycle lifecycle() {
        return lifecycle;
    }

    /** Sends callers' requests to integrations' tools, sharing the syncs' request budgets. */
    public Passthrough passthrough() {
        return passthrough;
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
        passthrough.close();
        webClient.close();
        database.close();
    }
}
