package dev.atrium.sandbox.digitalrecruiters.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersMutationRequest;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSettings;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSimulator;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersState;
import dev.atrium.sandbox.support.http.ControlOperations;
import dev.atrium.sandbox.support.http.ControlRoutes;
import dev.atrium.sandbox.support.faults.FaultControlRoutes;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * The control API at {@code /_control/digitalrecruiters}: the shared mutations, state, settings and reset routes,
 * plus {@code POST /feed/regenerate}, which rebuilds the cached job-ads feed at once.
 */
public final class DigitalRecruitersControlRoutes {

    private DigitalRecruitersControlRoutes() {
    }

    public static Router create(Vertx vertx, DigitalRecruitersSimulator simulator) {
        return ControlRoutes.create(vertx, new ControlOperations<>(DigitalRecruitersSettings.class, simulator::settings,
                simulator::updateSettings, DigitalRecruitersMutationRequest.class, DigitalRecruitersMutationRequest.none(),
                simulator::mutate, simulator::reset, () -> state(simulator.state())),
                router -> {
                    router.post("/feed/regenerate").handler(ctx -> {
                        simulator.regenerateFeed();
                        JsonReplies.send(ctx, 200, state(simulator.state()));
                    });
                    FaultControlRoutes.mount(router, simulator.faults());
                });
    }

    private static ObjectNode state(DigitalRecruitersState state) {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("tool", DigitalRecruitersSimulator.TOOL);
        n.put("seed", state.seed());
        var t = state.totals();
        n.putObject("counts").put("job_ads", t.jobAds()).put("open_job_ads", t.openJobAds())
                .put("applications", t.applications());
        n.putObject("deleted").put("job_ads", t.deletedJobAds()).put("applications", t.deletedApplications())
                .put("applications_with_job_ads", t.applicationsRemovedWithJobAds());
        n.putObject("changed").put("job_ads", t.changedJobAds()).put("applications", t.changedApplications());
        n.putObject("closed").put("job_ads", t.closedJobAds());
        n.putObject("created").put("applications", t.createdApplications());
        n.put("mutation_calls", t.mutationCalls());
        n.put("rate_limited_requests", state.rateLimitedRequests());
        n.put("tokens_issued", state.tokensIssued());
        n.set("settings", JsonReplies.MAPPER.valueToTree(state.settings()));
        return n;
    }
}
