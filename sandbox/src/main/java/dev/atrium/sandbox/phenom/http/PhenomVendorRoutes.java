package dev.atrium.sandbox.phenom.http;

import dev.atrium.sandbox.phenom.PhenomSimulator;
import dev.atrium.sandbox.support.faults.ListRoutes;
import dev.atrium.sandbox.support.http.RequestLog;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendor API router, mounted at the simulator's base path ({@code /phenom}, standing in for
 * {@code https://api.phenom.com} and the tenant's login host).
 */
public final class PhenomVendorRoutes {

    /** The routes that answer pages, for the fault layer's repeated page. */
    public static final ListRoutes LISTS = ListRoutes.of("GET /jobs-api/v1/jobs", "GET /apply/v2/applications",
            "GET /candidates-api/applications/v1/jobs/:jobId/applicants");

    private static final Logger LOG = LoggerFactory.getLogger(PhenomVendorRoutes.class);
    private static final long BODY_LIMIT = 1024 * 1024;

    private PhenomVendorRoutes() {
    }

    public static Router create(Vertx vertx, PhenomSimulator simulator) {
        Guards guards = new Guards(simulator);
        TokenHandler token = new TokenHandler(simulator);
        JobHandlers jobs = new JobHandlers(simulator);
        ApplicationHandlers applications = new ApplicationHandlers(simulator);
        CandidateHandlers candidates = new CandidateHandlers(simulator);
        DirectoryHandlers directory = new DirectoryHandlers(simulator);
        Router router = Router.router(vertx);
        router.route().handler(RequestLog.atDebug(LOG, "phenom.request"));
        router.route().handler(simulator.faults());
        router.post().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
        // The login host needs no token; every API call after it does.
        router.post().handler(token::handle);
        router.route().handler(guards::token);
        router.route().handler(guards::rateLimit);
        router.route("/candidates-api/*").handler(guards::actingUser);
        router.route("/projects-api/*").handler(guards::actingUser);
        router.route("/tags-api/*").handler(guards::actingUser);

        router.get("/jobs-api/v1/jobs").handler(jobs::list);
        router.get("/apply/v2/applications").handler(applications::list);
        router.post("/apply/v2/applications").handler(applications::apply);
        router.get("/candidates-api/v1/candidates").handler(candidates::candidate);
        router.get("/candidates-api/applications/v1/jobs/:jobId/applicants").handler(candidates::applicants);
        router.get("/projects-api/v1/workflow-statuses").handler(directory::workflowStatuses);
        router.post("/user-management/v1/users/search").handler(directory::searchUsers);
        router.post("/tags-api/v1/tags").handler(TagHandler::create);

        router.route().handler(PhenomReplies::noSuchOperation);
        router.route().failureHandler(PhenomVendorRoutes::failure);
        return router;
    }

    private static void failure(RoutingContext ctx) {
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.atError().addKeyValue("method", ctx.request().method()).addKeyValue("path", ctx.normalizedPath())
                    .setCause(ctx.failure()).log("phenom.handler_failed");
        }
        if (!ctx.response().ended()) {
            PhenomReplies.error(ctx, status, status == 413 ? "Request body too large"
                    : status >= 500 ? "Internal server error" : "Bad request");
        }
    }
}
