package dev.atrium.sandbox.paycor.http;

import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.paycor.auth.AtsScope;
import dev.atrium.sandbox.support.faults.ListRoutes;
import dev.atrium.sandbox.support.http.RequestLog;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendor API router, mounted at the simulator's base path ({@code /paycor}, standing in for
 * {@code https://apis.paycor.com}). Paths are case-sensitive and spelled as documented
 * ({@code legalEntities} with a capital E).
 */
public final class PaycorVendorRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(PaycorVendorRoutes.class);
    private static final long BODY_LIMIT = 1024 * 1024;
    private static final String ATS = "/v1/legalEntities/:legalEntityId/ats";
    private static final String JOB = ATS + "/:atsAccountId/jobs/:atsJobId";
    /** The routes below that answer pages of a list. */
    public static final ListRoutes LISTS = ListRoutes.of("GET " + ATS + "/accounts", "GET " + ATS + "/:atsAccountId/jobs",
            "GET " + JOB + "/candidates");

    private PaycorVendorRoutes() {
    }

    public static Router create(Vertx vertx, PaycorSimulator simulator) {
        AccessGuards guards = new AccessGuards(simulator);
        ListPaging paging = new ListPaging(simulator);
        TokenHandlers tokens = new TokenHandlers(simulator);
        JobHandlers jobs = new JobHandlers(simulator, paging);
        CandidateHandlers candidates = new CandidateHandlers(simulator, paging);
        Router router = Router.router(vertx);
        router.route().handler(RequestLog.atDebug(LOG, "paycor.request"));
        router.route().handler(simulator.faults());

        // Token calls need the subscription key (in the query, as clients send it) but no bearer token.
        withBody(router.post("/sts/v1/common/token"), guards::subscriptionKey, guards::rateLimit).handler(tokens::sts);
        withBody(router.post("/v1/authenticationsupport/retrieveAccessTokenWithRefreshToken"),
                guards::subscriptionKey, guards::rateLimit).handler(tokens::retrieveWithRefreshToken);

        guarded(router.get(ATS + "/accounts"), guards, AtsScope.VIEW_ACCOUNTS).handler(jobs::accounts);
        guarded(router.get(ATS + "/:atsAccountId/jobs"), guards, AtsScope.VIEW_JOBS).handler(jobs::jobs);
        guarded(router.get(JOB), guards, AtsScope.VIEW_JOBS).handler(jobs::job);
        guarded(router.get(JOB + "/candidates"), guards, AtsScope.VIEW_CANDIDATES).handler(candidates::list);
        guarded(router.get(JOB + "/candidates/:atsCandidateId"), guards, AtsScope.VIEW_CANDIDATE).handler(candidates::get);
        guarded(withBody(router.post(ATS + "/candidates")), guards, AtsScope.CREATE_CANDIDATE).handler(candidates::create);

        // No operation matches: APIM answers before any key check.
        router.route().handler(PaycorReplies::noSuchOperation);
        router.route().failureHandler(PaycorVendorRoutes::failure);
        return router;
    }

    @SafeVarargs
    private static Route withBody(Route route, Handler<RoutingContext>... then) {
        route.handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
        for (Handler<RoutingContext> h : then) {
            route.handler(h);
        }
        return route;
    }

    private static Route guarded(Route route, AccessGuards guards, AtsScope scope) {
        return route.handler(guards::subscriptionKey).handler(guards::rateLimit).handler(guards::bearer)
                .handler(guards.scope(scope));
    }

    private static void failure(RoutingContext ctx) {
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.atError().addKeyValue("method", ctx.request().method()).addKeyValue("path", ctx.normalizedPath())
                    .setCause(ctx.failure()).log("paycor.handler_failed");
        }
        if (!ctx.response().ended()) {
            String title = status == 413 ? "Payload Too Large" : status >= 500 ? "Internal Server Error" : "Bad Request";
            PaycorReplies.error(ctx, status, title, "The request could not be processed.", null);
        }
    }
}
