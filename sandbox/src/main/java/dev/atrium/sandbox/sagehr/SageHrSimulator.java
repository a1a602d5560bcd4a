package dev.atrium.sandbox.sagehr;

import dev.atrium.sandbox.Simulator;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.sandbox.sagehr.generate.SageHrDataset;
import dev.atrium.sandbox.sagehr.http.SageHrControlRoutes;
import dev.atrium.sandbox.sagehr.http.SageHrVendorRoutes;
import dev.atrium.sandbox.sagehr.store.MutationEngine;
import dev.atrium.sandbox.sagehr.store.SageHrStore;
import dev.atrium.sandbox.support.SettingsAndStore;
import dev.atrium.sandbox.support.faults.FaultInjection;
import dev.atrium.sandbox.support.http.FixedWindowRateLimiter;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sage HR simulator: serves the vendor API under {@value #BASE_PATH} and its control API under
 * {@value #CONTROL_PATH}; the same operations are available here in Java for tests.
 */
public final class SageHrSimulator implements Simulator {

    public static final String TOOL = "sagehr";
    public static final String BASE_PATH = "/sagehr/api";
    public static final String CONTROL_PATH = "/_control/sagehr";
    /** The tenant name given to clients; the simulator serves one company whatever the subdomain. */
    public static final String SUBDOMAIN = "sandbox";

    private static final Logger LOG = LoggerFactory.getLogger(SageHrSimulator.class);

    private final long seed;
    private final String apiToken;
    private final FixedWindowRateLimiter rateLimiter = new FixedWindowRateLimiter();
    private final FaultInjection faults;
    // Only the counts decide the generated data; every other setting changes behaviour alone.
    private final SettingsAndStore<SageHrSettings, SageHrStore> live;

    public SageHrSimulator(long seed, SageHrSettings settings) {
        this.seed = seed;
        this.live = new SettingsAndStore<>(settings, s -> new SageHrStore(new SageHrDataset(seed, s.counts())),
                (a, b) -> a.counts().equals(b.counts()), SageHrStore::reset);
        this.apiToken = SageHrDataset.apiToken(seed);
        this.faults = new FaultInjection(TOOL, seed, SageHrVendorRoutes.LISTS);
        LOG.atInfo().addKeyValue("seed", seed).addKeyValue("positions", settings.counts().positions())
                .addKeyValue("applicants", settings.counts().applicants())
                .addKeyValue("employees", settings.counts().employees()).log("sagehr.ready");
    }

    @Override
    public String tool() {
        return TOOL;
    }

    @Override
    public void mount(Vertx vertx, Router root) {
        root.route(BASE_PATH + "/*").subRouter(SageHrVendorRoutes.create(vertx, this));
        root.route(CONTROL_PATH + "/*").subRouter(SageHrControlRoutes.create(vertx, this));
    }

    /** Base URL stands in for {@code https://{subdomain}.sage.hr/api}; credentials are our connector's fields. */
    @Override
    public SimulatorInfo info(String origin) {
        return new SimulatorInfo(TOOL, origin + BASE_PATH, Map.of("subdomain", SUBDOMAIN, "api_key", apiToken));
    }

    public long seed() {
        return seed;
    }

    /** The one API token accepted in {@code X-Auth-Token}, derived from the seed. */
    public String apiToken() {
        return apiToken;
    }

    public SageHrSettings settings() {
        return live.settings();
    }

    /** Current data (generated base plus changes); replaced when the counts change or on reset. */
    public SageHrStore store() {
        return live.store();
    }

    public FixedWindowRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** The fault layer in front of the vendor routes; {@code /_control/sagehr/faults} drives it over HTTP. */
    public FaultInjection faults() {
        return faults;
    }

    /**
     * Switches to new settings. New counts regenerate the data set from the seed, dropping every change;
     * other settings keep the data and only change behaviour.
     */
    public synchronized SageHrSettings updateSettings(SageHrSettings next) {
        live.update(next);
        rateLimiter.reset();
        LOG.atInfo().addKeyValue("rate_limit", next.rateLimitPerWindow())
                .addKeyValue("rate_limit_window_seconds", next.rateLimitWindowSeconds())
                .addKeyValue("accept_quirk", next.acceptHeaderQuirk())
                .addKeyValue("timestamp_format", next.timestampFormat().wire()).log("sagehr.settings_updated");
        return next;
    }

    /** Deletes, edits, closes and creates records as asked; the same calls on the same seed give the same result. */
    public synchronized MutationResult mutate(MutationRequest request) {
        MutationResult result = new MutationEngine(live.store(), seed).apply(request, live.settings());
        LOG.atInfo().addKeyValue("deleted_positions", result.deletedPositions().size())
                .addKeyValue("deleted_applicants", result.deletedApplicants().size())
                .addKeyValue("changed_positions", result.changedPositions().size())
                .addKeyValue("closed_positions", result.closedPositions().size())
                .addKeyValue("changed_applicants", result.changedApplicants().size())
                .addKeyValue("created_applicants", result.createdApplicants().size()).log("sagehr.mutations_applied");
        return result;
    }

    public SageHrState state() {
        return new SageHrState(seed, live.store().counts(), live.settings(), rateLimiter.rejected());
    }

    /** Back to the generated base with the settings the simulator was started with. */
    public synchronized void reset() {
        live.reset();
        rateLimiter.clear();
        LOG.atInfo().log("sagehr.reset");
    }
}
