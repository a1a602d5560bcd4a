package dev.atrium.sandbox.icims.http;

import dev.atrium.sandbox.icims.IcimsSimulator;
import dev.atrium.sandbox.support.faults.ListRoutes;
import dev.atrium.sandbox.support.http.RequestLog;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendor API router, mounted at the simulator's base path ({@code /icims}, standing in for
 * {@code https://api.icims.com}), and the login router with the token endpoint. Every vendor path sits under
 * {@code /customers/{customerId}}.
 */
public final class IcimsVendorRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(IcimsVendorRoutes.class);
    private static final long BODY_LIMIT = 1024 * 1024;
    private static final String CUSTOMER = "/customers/:customerId";

    /** The routes that answer pages (searches page by id), for the fault layer's repeated page. */
    public static final ListRoutes LISTS = ListRoutes.of("GET " + CUSTOMER + "/search/:type",
            "POST " + CUSTOMER + "/search/:type");

    private IcimsVendorRoutes() {
    }

    public static Router create(Vertx vertx, IcimsSimulator simulator) {
        AccessGuards guards = new AccessGuards(simulator);
        ProfileHandlers profiles = new ProfileHandlers(simulator);
        SearchHandlers search = new SearchHandlers(simulator);
        WriteHandlers writes = new WriteHandlers(simulator);
        ListHandlers lists = new ListHandlers();
        FormHandlers forms = new FormHandlers(simulator);
        Router router = Router.router(vertx);
        router.route().handler(RequestLog.atDebug(LOG, "icims.request"));
        router.route().handler(simulator.faults());
        router.route(CUSTOMER + "/*").handler(guards::credentials).handler(guards::quota).handler(guards::customer);
        // The resume upload reads its multipart body itself, so it is routed before the body handler.
        router.patch(CUSTOMER + "/people/:id/fields/resume/binary").handler(writes::uploadResume);
        router.route(CUSTOMER + "/*").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));

        router.get(CUSTOMER + "/people/:id").handler(profiles::person);
        router.get(CUSTOMER + "/jobs/:id").handler(profiles::job);
        router.get(CUSTOMER + "/applicantworkflows/:id").handler(profiles::workflow);
        router.get(CUSTOMER + "/companies/:id").handler(profiles::company);
        router.get(CUSTOMER + "/companies/:id/fields/addresses/:entry").handler(profiles::companyAddress);
        router.get(CUSTOMER + "/people/:id/fields/resume/binary").handler(profiles::resume);
        router.get(CUSTOMER + "/profiledefinitions/v1/submittal/status/schema").handler(profiles::statuses);
        router.get(CUSTOMER + "/v2/lists").handler(lists::names);
        router.get(CUSTOMER + "/v2/lists/:listId").handler(lists::nodes);
        router.get(CUSTOMER + "/forms").handler(forms::list);
        router.get(CUSTOMER + "/forms/list").handler(forms::list);
        router.get(CUSTOMER + "/forms/:formname/meta").handler(forms::meta);
        router.post(CUSTOMER + "/people").handler(writes::createPerson);
        router.post(CUSTOMER + "/applicantworkflows").handler(writes::createWorkflow);
        router.patch(CUSTOMER + "/applicantworkflows/:id").handler(writes::patchWorkflow);
        router.get(CUSTOMER + "/search/portals/:portal").handler(search::portal);
        router.post(CUSTOMER + "/search/portals/:portal").handler(search::portal);
        router.get(CUSTOMER + "/search/:type").handler(search::search);
        router.post(CUSTOMER + "/search/:type").handler(search::search);

        router.route().handler(ctx -> IcimsReplies.notFound(ctx, "Resource"));
        router.route().failureHandler(IcimsVendorRoutes::failure);
        return router;
    }

    /** The login host: {@code POST /oauth/token}. */
    public static Router login(Vertx vertx, IcimsSimulator simulator) {
        TokenHandler tokens = new TokenHandler(simulator);
        Router router = Router.router(vertx);
        router.route().handler(RequestLog.atDebug(LOG, "icims.login_request"));
        router.post("/oauth/token").handler(BodyHandler.create(false).setBodyLimit(64 * 1024)).handler(tokens::token);
        router.route().failureHandler(IcimsVendorRoutes::failure);
        return router;
    }

    /** The customer's API root as the client reached it, for {@code self} links and {@code Location}. */
    static String root(RoutingContext ctx) {
        return ctx.request().scheme() + "://" + ctx.request().authority() + IcimsSimulator.BASE_PATH
                + "/customers/" + ctx.pathParam("customerId");
    }

    private static void failure(RoutingContext ctx) {
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.atError().addKeyValue("method", ctx.request().method()).addKeyValue("path", ctx.normalizedPath())
                    .setCause(ctx.failure()).log("icims.handler_failed");
        }
        if (!ctx.response().ended()) {
            IcimsReplies.error(ctx, status, 0, status >= 500 ? "An internal error occurred." : "The request could not be processed.");
        }
    }
}
