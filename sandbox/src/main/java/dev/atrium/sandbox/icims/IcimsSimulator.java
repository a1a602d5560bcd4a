package dev.atrium.sandbox.icims;

import dev.atrium.sandbox.Simulator;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.sandbox.icims.auth.DailyQuota;
import dev.atrium.sandbox.icims.auth.TokenIssuer;
import dev.atrium.sandbox.icims.generate.IcimsDataset;
import dev.atrium.sandbox.icims.http.IcimsControlRoutes;
import dev.atrium.sandbox.icims.http.IcimsVendorRoutes;
import dev.atrium.sandbox.icims.store.IcimsMutationEngine;
import dev.atrium.sandbox.icims.store.IcimsStore;
import dev.atrium.sandbox.support.SettingsAndStore;
import dev.atrium.sandbox.support.faults.FaultInjection;
import dev.atrium.sandbox.support.http.FixedWindowRateLimiter;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The iCIMS simulator: serves the vendor API under {@value #BASE_PATH} (standing in for
 * {@code https://api.icims.com}, paths {@code /customers/{customerId}/...}), the OAuth token endpoint under
 * {@value #LOGIN_PATH} (standing in for {@code https://login.icims.com}) and its control API under
 * {@value #CONTROL_PATH}; the same operations are available here in Java for tests.
 */
public final class IcimsSimulator implements Simulator {

    public static final String TOOL = "icims";
    public static final String BASE_PATH = "/icims";
    public static final String LOGIN_PATH = "/icims-login";
    public static final String CONTROL_PATH = "/_control/icims";

    private static final Logger LOG = LoggerFactory.getLogger(IcimsSimulator.class);

    private final long seed;
    private final IcimsCredentials credentials;
    private final TokenIssuer tokens;
    private final DailyQuota quota = new DailyQuota();
    private final FixedWindowRateLimiter tokenThrottle = new FixedWindowRateLimiter();
    private final FaultInjection faults;
    private final SettingsAndStore<IcimsSettings, IcimsStore> live;

    public IcimsSimulator(long seed, IcimsSettings settings) {
        this.seed = seed;
        this.faults = new FaultInjection(TOOL, seed, IcimsVendorRoutes.LISTS);
        this.live = new SettingsAndStore<>(settings, s -> new IcimsStore(new IcimsDataset(seed, s.counts())),
                IcimsSettings::sameData, IcimsStore::reset);
        this.credentials = IcimsCredentials.derive(seed);
        this.tokens = new TokenIssuer(seed, credentials);
        LOG.atInfo().addKeyValue("seed", seed).addKeyValue("jobs", settings.counts().jobs())
                .addKeyValue("people", settings.counts().people()).addKeyValue("users", settings.counts().users())
                .log("icims.ready");
    }

    @Override
    public String tool() {
        return TOOL;
    }

    /** The fault layer in front of the vendor routes; {@code /_control/icims/faults} drives it over HTTP. */
    public FaultInjection faults() {
        return faults;
    }

    @Override
    public void mount(Vertx vertx, Router root) {
        root.route(BASE_PATH + "/*").subRouter(IcimsVendorRoutes.create(vertx, this));
        root.route(LOGIN_PATH + "/*").subRouter(IcimsVendorRoutes.login(vertx, this));
        root.route(CONTROL_PATH + "/*").subRouter(IcimsControlRoutes.create(vertx, this));
    }

    /** Base URL stands in for {@code https://api.icims.com}; credentials are our connector's fields. */
    @Override
    public SimulatorInfo info(String origin) {
        return new SimulatorInfo(TOOL, origin + BASE_PATH, credentials.asMap(origin + LOGIN_PATH + "/oauth/token"));
    }

    public long seed() {
        return seed;
    }

    public IcimsCredentials credentials() {
        return credentials;
    }

    public IcimsSettings settings() {
        return live.settings();
    }

    /** Current data (generated base plus changes); replaced when the counts change. */
    public IcimsStore store() {
        return live.store();
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public DailyQuota quota() {
        return quota;
    }

    /** Counts token requests, which iCIMS throttles apart from the daily quota. */
    public FixedWindowRateLimiter tokenThrottle() {
        return tokenThrottle;
    }

    /** Switches to new settings; new counts regenerate the data from the seed, dropping every change. */
    public synchronized IcimsSettings updateSettings(IcimsSettings next) {
        live.update(next);
        tokenThrottle.reset();
        LOG.atInfo().addKeyValue("daily_quota", next.dailyQuota())
                .addKeyValue("max_search_results", next.maxSearchResults())
                .addKeyValue("access_token_ttl_seconds", next.accessTokenTtlSeconds()).log("icims.settings_updated");
        return next;
    }

    /** Deletes, edits, closes, moves and creates records as asked; the same calls on the same seed give the same result. */
    public synchronized IcimsMutationResult mutate(IcimsMutationRequest request) {
        IcimsMutationResult result = new IcimsMutationEngine(live.store(), seed).apply(request);
        LOG.atInfo().addKeyValue("deleted_jobs", result.deletedJobs().size())
                .addKeyValue("deleted_people", result.deletedPeople().size())
                .addKeyValue("deleted_workflows", result.deletedWorkflows().size())
                .addKeyValue("changed_jobs", result.changedJobs().size())
                .addKeyValue("closed_jobs", result.closedJobs().size())
                .addKeyValue("changed_people", result.changedPeople().size())
                .addKeyValue("moved_workflows", result.movedWorkflows().size())
                .addKeyValue("created_people", result.createdPeople().size()).log("icims.mutations_applied");
        return result;
    }

    public IcimsState state() {
        IcimsStore current = live.store();
        return new IcimsState(seed, current.clock(), current.totals(), live.settings(), quota.refused(), tokens.issued());
    }

    /** Back to the generated data and the start settings; issued tokens stay valid, as they would at the vendor. */
    public synchronized void reset() {
        live.reset();
        quota.clear();
        tokenThrottle.clear();
        LOG.atInfo().log("icims.reset");
    }
}
