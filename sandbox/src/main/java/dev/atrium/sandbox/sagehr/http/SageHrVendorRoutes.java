package dev.atrium.sandbox.sagehr.http;

import dev.atrium.sandbox.sagehr.SageHrSimulator;
import dev.atrium.sandbox.support.faults.ListRoutes;
import dev.atrium.sandbox.support.http.RequestLog;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The vendor API router, mounted at the simulator's base path ({@code /sagehr/api}). */
public final class SageHrVendorRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SageHrVendorRoutes.class);
    /** The routes below that answer pages of a list. */
    public static final ListRoutes LISTS = ListRoutes.of("GET /recruitment/positions",
            "GET /recruitment/positions/:id/applicants", "GET /recruitment/applicants/:id/actions", "GET /employees",
            "GET /teams", "GET /positions");

    private SageHrVendorRoutes() {
    }

    public static Router create(Vertx vertx, SageHrSimulator simulator) {
        RequestGuards guards = new RequestGuards(simulator);
        RecruitmentHandlers recruitment = new RecruitmentHandlers(simulator);
        CoreHandlers core = new CoreHandlers(simulator);
        Router router = Router.router(vertx);
        router.route().handler(RequestLog.atDebug(LOG, "sagehr.request"));
        router.route().handler(simulator.faults());
        router.routeWithRegex("/recruitment(/.*)?").handler(guards::acceptHeader);
        router.route().handler(guards::apiToken);
        router.route().handler(guards::rateLimit);

        router.get("/recruitment/positions").handler(recruitment::listPositions);
        router.get("/recruitment/positions/:id").handler(recruitment::position);
        router.get("/recruitment/positions/:id/applicants").handler(recruitment::positionApplicants);
        router.post("/recruitment/positions/:id/applicants").handler(recruitment::createApplicant);
        router.get("/recruitment/applicants/:id").handler(recruitment::applicant);
        router.get("/recruitment/applicants/:id/actions").handler(recruitment::actions);

        router.get("/employees").handler(core::employees);
        router.get("/employees/:id").handler(core::employee);
        router.get("/teams").handler(core::teams);
        router.get("/positions").handler(core::jobTitles);

        // Anything else, including other methods on known paths, is a routing miss: an HTML 404.
        router.route().handler(VendorReplies::notFoundHtml);
        router.route().failureHandler(SageHrVendorRoutes::failure);
        return router;
    }

    private static void failure(RoutingContext ctx) {
        LOG.atError().addKeyValue("method", ctx.request().method()).addKeyValue("path", ctx.normalizedPath())
                .setCause(ctx.failure()).log("sagehr.handler_failed");
        if (!ctx.response().ended()) {
            VendorReplies.error(ctx, 500, "internal_error", List.of("Something went wrong"));
        }
    }
}
