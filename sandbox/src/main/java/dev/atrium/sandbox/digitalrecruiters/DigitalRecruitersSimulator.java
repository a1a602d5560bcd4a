package dev.atrium.sandbox.digitalrecruiters;

import dev.atrium.sandbox.Simulator;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.sandbox.digitalrecruiters.auth.TokenIssuer;
import dev.atrium.sandbox.digitalrecruiters.generate.DigitalRecruitersDataset;
import dev.atrium.sandbox.digitalrecruiters.http.DigitalRecruitersControlRoutes;
import dev.atrium.sandbox.digitalrecruiters.http.DigitalRecruitersVendorRoutes;
import dev.atrium.sandbox.support.faults.FaultInjection;
import dev.atrium.sandbox.digitalrecruiters.store.DigitalRecruitersStore;
import dev.atrium.sandbox.digitalrecruiters.store.MutationEngine;
import dev.atrium.sandbox.support.SettingsAndStore;
import dev.atrium.sandbox.support.http.FixedWindowRateLimiter;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Digital Recruiters simulator: serves the three vendor surfaces (job-ads feed, apply, public API v1) under
 * {@value #BASE_PATH}, which stands in for both {@code https://app.digitalrecruiters.com} and
 * {@code https://api.digitalrecruiters.com}, and its control API under {@value #CONTROL_PATH}; the same operations
 * are available here in Java for tests.
 */
public final class DigitalRecruitersSimulator implements Simulator {

    public static final String TOOL = "digitalrecruiters";
    public static final String BASE_PATH = "/digitalrecruiters";
    public static final String CONTROL_PATH = "/_control/digitalrecruiters";

    private static final Logger LOG = LoggerFactory.getLogger(DigitalRecruitersSimulator.class);

    private final long seed;
    private final DigitalRecruitersCredentials credentials;
    private final TokenIssuer tokens;
    private final FixedWindowRateLimiter rateLimiter = new FixedWindowRateLimiter();
    private final FaultInjection faults;
    // Only the counts decide the generated data; every other setting changes behaviour alone.
    private final SettingsAndStore<DigitalRecruitersSettings, DigitalRecruitersStore> live;

    public DigitalRecruitersSimulator(long seed, DigitalRecruitersSettings settings) {
        this.seed = seed;
        this.faults = new FaultInjection(TOOL, seed, DigitalRecruitersVendorRoutes.LISTS);
        this.live = new SettingsAndStore<>(settings,
                s -> new DigitalRecruitersStore(new DigitalRecruitersDataset(seed, s.counts())),
                (a, b) -> a.counts().equals(b.counts()), DigitalRecruitersStore::reset);
        this.credentials = DigitalRecruitersCredentials.derive(seed);
        this.tokens = new TokenIssuer(seed, credentials);
        LOG.atInfo().addKeyValue("seed", seed).addKeyValue("job_ads", settings.counts().jobAds())
                .addKeyValue("applications", settings.counts().applications()).log("digitalrecruiters.ready");
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
        root.route(BASE_PATH + "/*").subRouter(DigitalRecruitersVendorRoutes.create(vertx, this));
        root.route(CONTROL_PATH + "/*").subRouter(DigitalRecruitersControlRoutes.create(vertx, this));
    }

    /** One base URL for the app and API hosts; credentials are our connector's fields. */
    @Override
    public SimulatorInfo info(String origin) {
        return new SimulatorInfo(TOOL, origin + BASE_PATH, credentials.asMap());
    }

    public long seed() {
        return seed;
    }

    public DigitalRecruitersCredentials credentials() {
        return credentials;
    }

    public DigitalRecruitersSettings settings() {
        return live.settings();
    }

    /** Current data (generated base plus changes); replaced when the counts change or on reset. */
    public DigitalRecruitersStore store() {
        return live.store();
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public FixedWindowRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /**
     * Switches to new settings. New counts regenerate the data from the seed, dropping every change; other
     * settings keep the data. A new feed cache length takes effect with a freshly generated feed.
     */
    public synchronized DigitalRecruitersSettings updateSettings(DigitalRecruitersSettings next) {
        live.update(next);
        live.store().dropFeedCache();
        rateLimiter.reset();
        LOG.atInfo().addKeyValue("rate_limit", next.rateLimitPerWindow())
                .addKeyValue("feed_cache_seconds", next.feedCacheSeconds())
                .addKeyValue("limit_max", next.limitMax()).log("digitalrecruiters.settings_updated");
        return next;
    }

    /** Deletes, edits, closes and creates records as asked; the same calls on the same seed give the same result. */
    public synchronized DigitalRecruitersMutationResult mutate(DigitalRecruitersMutationRequest request) {
        DigitalRecruitersMutationResult result = new MutationEngine(live.store(), seed).apply(request);
        LOG.atInfo().addKeyValue("deleted_job_ads", result.deletedJobAds().size())
                .addKeyValue("deleted_applications", result.deletedApplications().size())
                .addKeyValue("changed_job_ads", result.changedJobAds().size())
                .addKeyValue("closed_job_ads", result.closedJobAds().size())
                .addKeyValue("changed_applications", result.changedApplications().size())
                .addKeyValue("created_applications", result.createdApplications().size())
                .log("digitalrecruiters.mutations_applied");
        return result;
    }

    /** Regenerates the feed now, as the vendor's four-hourly export would. */
    public void regenerateFeed() {
        live.store().dropFeedCache();
        LOG.atInfo().log("digitalrecruiters.feed_regenerated");
    }

    public DigitalRecruitersState state() {
        return new DigitalRecruitersState(seed, live.store().totals(), live.settings(), rateLimiter.rejected(), tokens.issued());
    }

    /** Back to the generated data and the start settings; issued tokens stay valid, as they would at the vendor. */
    public synchronized void reset() {
        live.reset();
        rateLimiter.clear();
        LOG.atInfo().log("digitalrecruiters.reset");
    }
}
