package dev.atrium.sandbox.phenom;

import dev.atrium.sandbox.Simulator;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.sandbox.phenom.auth.TokenIssuer;
import dev.atrium.sandbox.phenom.generate.PhenomDataset;
import dev.atrium.sandbox.phenom.http.PhenomControlRoutes;
import dev.atrium.sandbox.phenom.http.PhenomVendorRoutes;
import dev.atrium.sandbox.support.faults.FaultInjection;
import dev.atrium.sandbox.phenom.store.MutationEngine;
import dev.atrium.sandbox.phenom.store.PhenomStore;
import dev.atrium.sandbox.support.SettingsAndStore;
import dev.atrium.sandbox.support.http.FixedWindowRateLimiter;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Phenom simulator: serves the Developer API under {@value #BASE_PATH} (standing in for
 * {@code https://api.phenom.com}, the login host included) and its control API under {@value #CONTROL_PATH};
 * the same operations are available here in Java for tests.
 */
public final class PhenomSimulator implements Simulator {

    public static final String TOOL = "phenom";
    public static final String BASE_PATH = "/phenom";
    public static final String CONTROL_PATH = "/_control/phenom";

    private static final Logger LOG = LoggerFactory.getLogger(PhenomSimulator.class);

    private final long seed;
    private final TokenIssuer tokens;
    private final FixedWindowRateLimiter rateLimiter = new FixedWindowRateLimiter();
    private final FaultInjection faults;
    private final SettingsAndStore<PhenomSettings, PhenomStore> live;

    public PhenomSimulator(long seed, PhenomSettings settings) {
        this.seed = seed;
        this.faults = new FaultInjection(TOOL, seed, PhenomVendorRoutes.LISTS);
        this.live = new SettingsAndStore<>(settings, s -> new PhenomStore(new PhenomDataset(seed, s)),
                PhenomSettings::sameData, PhenomStore::reset);
        this.tokens = new TokenIssuer(seed);
        LOG.atInfo().addKeyValue("seed", seed).addKeyValue("jobs", settings.counts().jobs())
                .addKeyValue("applications", settings.counts().applications())
                .addKeyValue("users", settings.counts().users()).log("phenom.ready");
    }

    @Override
    public String tool() {
        return TOOL;
    }

    /** The fault layer in front of the vendor routes; {@code <control path>/faults} drives it over HTTP. */
    public FaultInjection faults() {
        return faults;
    }

    @Override
    public void mount(Vertx vertx, Router root) {
        root.route(BASE_PATH + "/*").subRouter(PhenomVendorRoutes.create(vertx, this));
        root.route(CONTROL_PATH + "/*").subRouter(PhenomControlRoutes.create(vertx, this));
    }

    /**
     * Base URL stands in for {@code https://api.phenom.com}; {@code login_url} for the tenant's login host;
     * {@code user_id} is the acting user sent as {@code x-ph-userId}.
     */
    @Override
    public SimulatorInfo info(String origin) {
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("client_id", tokens.clientId());
        credentials.put("client_secret", tokens.clientSecret());
        credentials.put("login_url", origin + BASE_PATH + live.settings().loginPath());
        credentials.put("user_id", live.store().base().users().get(0).userId());
        return new SimulatorInfo(TOOL, origin + BASE_PATH, credentials);
    }

    public long seed() {
        return seed;
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public PhenomSettings settings() {
        return live.settings();
    }

    /** Current data (generated base plus changes); replaced when the data settings change or on reset. */
    public PhenomStore store() {
        return live.store();
    }

    public FixedWindowRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /**
     * Switches to new settings. New counts or shares regenerate the data from the seed, dropping every change;
     * other settings keep the data and only change behaviour.
     */
    public synchronized PhenomSettings updateSettings(PhenomSettings next) {
        live.update(next);
        rateLimiter.reset();
        LOG.atInfo().addKeyValue("rate_limit", next.rateLimitPerWindow())
                .addKeyValue("rate_limit_window_seconds", next.rateLimitWindowSeconds())
                .addKeyValue("max_limit", next.maxLimit()).addKeyValue("token_ttl_seconds", next.tokenTtlSeconds())
                .log("phenom.settings_updated");
        return next;
    }

    /** Deletes, edits, closes and creates records as asked; the same calls on the same seed give the same result. */
    public synchronized PhenomMutationResult mutate(PhenomMutationRequest request) {
        PhenomMutationResult result = new MutationEngine(live.store(), seed).apply(request, live.settings().duplicateApplyStatus());
        LOG.atInfo().addKeyValue("deleted_jobs", result.deletedJobs().size())
                .addKeyValue("deleted_applications", result.deletedApplications().size())
                .addKeyValue("changed_jobs", result.changedJobs().size())
                .addKeyValue("closed_jobs", result.closedJobs().size())
                .addKeyValue("changed_applications", result.changedApplications().size())
                .addKeyValue("changed_candidates", result.changedCandidates().size())
                .addKeyValue("created_applications", result.createdApplications().size()).log("phenom.mutations_applied");
        return result;
    }

    public PhenomState state() {
        return new PhenomState(seed, live.store().counts(), live.settings(), rateLimiter.rejected(),
                tokens.issuedCount(), tokens.refusedCount());
    }

    /** Back to the generated data and the start settings; issued tokens stay valid, as at the vendor. */
    public synchronized void reset() {
        live.reset();
        rateLimiter.clear();
        LOG.atInfo().log("phenom.reset");
    }
}
