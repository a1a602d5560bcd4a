package dev.atrium.sandbox.paycor;

import dev.atrium.sandbox.Simulator;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.sandbox.paycor.auth.TokenAuthority;
import dev.atrium.sandbox.paycor.generate.PaycorDataset;
import dev.atrium.sandbox.paycor.http.ContinuationTokens;
import dev.atrium.sandbox.paycor.http.PaycorControlRoutes;
import dev.atrium.sandbox.paycor.http.PaycorVendorRoutes;
import dev.atrium.sandbox.paycor.store.PaycorMutationEngine;
import dev.atrium.sandbox.paycor.store.PaycorStore;
import dev.atrium.sandbox.support.SettingsAndStore;
import dev.atrium.sandbox.support.faults.FaultInjection;
import dev.atrium.sandbox.support.http.FixedWindowRateLimiter;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Paycor simulator: serves the vendor API under {@value #BASE_PATH} (standing in for
 * {@code https://apis.paycor.com}) and its control API under {@value #CONTROL_PATH}; the same
 * operations are available here in Java for tests.
 */
public final class PaycorSimulator implements Simulator {

    public static final String TOOL = "paycor";
    public static final String BASE_PATH = "/paycor";
    public static final String CONTROL_PATH = "/_control/paycor";

    private static final Logger LOG = LoggerFactory.getLogger(PaycorSimulator.class);

    private final long seed;
    private final PaycorCredentials credentials;
    private final TokenAuthority tokens;
    private final FixedWindowRateLimiter rateLimiter = new FixedWindowRateLimiter();
    private final ContinuationTokens continuationTokens;
    private final FaultInjection faults;
    private final SettingsAndStore<PaycorSettings, PaycorStore> live;

    public PaycorSimulator(long seed, PaycorSettings settings) {
        this.seed = seed;
        this.live = new SettingsAndStore<>(settings,
                s -> new PaycorStore(new PaycorDataset(seed, s.counts(), s.undocumentedCodeShare())),
                PaycorSettings::sameData, PaycorStore::reset);
        this.credentials = PaycorCredentials.derive(seed);
        this.tokens = new TokenAuthority(seed, credentials);
        this.continuationTokens = new ContinuationTokens(seed);
        this.faults = new FaultInjection(TOOL, seed, PaycorVendorRoutes.LISTS);
        LOG.atInfo().addKeyValue("seed", seed).addKeyValue("jobs", settings.counts().jobs())
                .addKeyValue("candidates", settings.counts().candidates())
                .addKeyValue("ats_accounts", settings.counts().atsAccounts()).log("paycor.ready");
    }

    @Override
    public String tool() {
        return TOOL;
    }

    @Override
    public void mount(Vertx vertx, Router root) {
        root.route(BASE_PATH + "/*").subRouter(PaycorVendorRoutes.create(vertx, this));
        root.route(CONTROL_PATH + "/*").subRouter(PaycorControlRoutes.create(vertx, this));
    }

    /** Base URL stands in for {@code https://apis.paycor.com}; credentials are our connector's fields. */
    @Override
    public SimulatorInfo info(String origin) {
        return new SimulatorInfo(TOOL, origin + BASE_PATH, credentials.asMap());
    }

    public long seed() {
        return seed;
    }

    public PaycorCredentials credentials() {
        return credentials;
    }

    public PaycorSettings settings() {
        return live.settings();
    }

    /** Current data (generated base plus changes); replaced when the data settings change. */
    public PaycorStore store() {
        return live.store();
    }

    public TokenAuthority tokens() {
        return tokens;
    }

    public FixedWindowRateLimiter rateLimiter() {
        return rateLimiter;
    }

    public ContinuationTokens continuationTokens() {
        return continuationTokens;
    }

    /** The fault layer in front of the vendor routes; {@code /_control/paycor/faults} drives it over HTTP. */
    public FaultInjection faults() {
        return faults;
    }

    /** A new refresh token, as if a Paycor admin had completed the consent again. */
    public String authorize() {
        String token = tokens.authorize();
        LOG.atInfo().log("paycor.authorized");
        return token;
    }

    /**
     * Switches to new settings. New counts or a new undocumented-code share regenerate the data from the
     * seed, dropping every change and continuation token; other settings keep the data.
     */
    public synchronized PaycorSettings updateSettings(PaycorSettings next) {
        if (live.update(next)) {
            continuationTokens.clear();
        }
        rateLimiter.reset();
        LOG.atInfo().addKeyValue("rate_limit", next.rateLimitPerWindow())
                .addKeyValue("rate_limit_window_seconds", next.rateLimitWindowSeconds())
                .addKeyValue("page_size", next.pageSize())
                .addKeyValue("access_token_ttl_seconds", next.accessTokenTtlSeconds()).log("paycor.settings_updated");
        return next;
    }

    /** Deletes, edits, closes and creates records as asked; the same calls on the same seed give the same result. */
    public synchronized PaycorMutationResult mutate(PaycorMutationRequest request) {
        PaycorMutationResult result = new PaycorMutationEngine(live.store(), seed).apply(request);
        LOG.atInfo().addKeyValue("deleted_jobs", result.deletedJobs().size())
                .addKeyValue("candidates_removed_with_jobs", result.candidatesRemovedWithJobs().size())
                .addKeyValue("deleted_candidates", result.deletedCandidates().size())
                .addKeyValue("changed_jobs", result.changedJobs().size())
                .addKeyValue("closed_jobs", result.closedJobs().size())
                .addKeyValue("changed_candidates", result.changedCandidates().size())
                .addKeyValue("created_candidates", result.createdCandidates().size()).log("paycor.mutations_applied");
        return result;
    }

    public PaycorState state() {
        PaycorStore current = live.store();
        return new PaycorState(seed, current.clock(), current.totals(), live.settings(), rateLimiter.rejected(), tokens.stats());
    }

    /**
     * Back to the generated data and the settings the simulator started with. Issued tokens stay valid, as
     * they would at the vendor: a connected client keeps working across a data reset.
     */
    public synchronized void reset() {
        live.reset();
        rateLimiter.clear();
        continuationTokens.clear();
        LOG.atInfo().log("paycor.reset");
    }
}
