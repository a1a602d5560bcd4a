package dev.atrium.sandbox.digitalrecruiters.http;

import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSimulator;
import dev.atrium.sandbox.support.faults.ListRoutes;
import dev.atrium.sandbox.support.http.RequestLog;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendor API router, mounted at the simulator's base path: the feed and apply (token in the path) and the public
 * API v1 under {@code /public/v1} (API key, then a bearer token from {@code users/login}).
 */
public final class DigitalRecruitersVendorRoutes {

    /** The routes that answer pages, for the fault layer's repeated page (the feed is one document). */
    public static final ListRoutes LISTS = ListRoutes.of("GET /public/v1/job-applications/detailed");

    private static final Logger LOG = LoggerFactory.getLogger(DigitalRecruitersVendorRoutes.class);
    // One base64 CV of a few megabytes fits; the vendor's own limit is not documented.
    private static final long BODY_LIMIT = 16L * 1024 * 1024;

    private DigitalRecruitersVendorRoutes() {
    }

    public static Router create(Vertx vertx, DigitalRecruitersSimulator simulator) {
        FeedHandler feed = new FeedHandler(simulator);
        ApplyHandler apply = new ApplyHandler(simulator);
        Router router = Router.router(vertx);
        router.route().handler(RequestLog.atDebug(LOG, "digitalrecruiters.request"));
        router.route().handler(simulator.faults());
        router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
        // The docs print an underscore, production and every client use the hyphen (fact sheet 3.1).
        router.get("/export/job-ads/:token").handler(feed::feed);
        router.get("/export/job_ads/:token").handler(feed::feed);
        router.post("/api/candidate/apply/:token").handler(apply::apply);
        router.route("/public/v1/*").subRouter(publicApi(vertx, simulator));
        router.route().handler(DrReplies::notFound);
        router.route().failureHandler(DigitalRecruitersVendorRoutes::failure);
        return router;
    }

    private static Router publicApi(Vertx vertx, DigitalRecruitersSimulator simulator) {
        ApiGuards guards = new ApiGuards(simulator);
        PublicApiHandlers api = new PublicApiHandlers(simulator);
        Router router = Router.router(vertx);
        router.route().handler(guards::apiKey);
        router.route().handler(guards::rateLimit);
        router.post("/users/login").handler(api::login);
        router.post("/users/refresh").handler(api::refresh);
        router.route().handler(guards::bearer);
        router.get("/job-applications/detailed").handler(api::applications);
        router.get("/job-applications/:id/cv").handler(api::cv);
        router.route().handler(DrReplies::notFound);
        return router;
    }

    private static void failure(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            DrReplies.error(ctx, 413, "Request Entity Too Large");
            return;
        }
        LOG.atError().addKeyValue("method", ctx.request().method()).addKeyValue("path", ctx.normalizedPath())
                .setCause(ctx.failure()).log("digitalrecruiters.handler_failed");
        if (!ctx.response().ended()) {
            DrReplies.error(ctx, 500, "Internal Server Error");
        }
    }
}
