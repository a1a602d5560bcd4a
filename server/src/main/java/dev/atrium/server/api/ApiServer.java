package dev.atrium.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.Engine;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.server.admin.AdminRoutes;
import dev.atrium.server.api.openapi.ApiReferenceRoutes;
import dev.atrium.server.api.ratelimit.ApiRateLimit;
import dev.atrium.server.api.ratelimit.RateLimitHandler;
import dev.atrium.server.views.ApplicationsView;
import dev.atrium.server.views.CandidatesView;
import dev.atrium.server.views.FlatView;
import dev.atrium.server.views.InterviewsView;
import dev.atrium.server.views.JobsView;
import dev.atrium.server.views.ListView;
import dev.atrium.server.views.OffersView;
import dev.atrium.server.views.UsersView;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: Kombo v1 compatible routes under /v1 and the operators' routes under /admin. Every handler
 * does its blocking work (store reads) on a worker thread and answers in the envelope, errors included.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final List<ListView> VIEWS = List.of(new JobsView(), new CandidatesView(), new ApplicationsView(),
            FlatView.applicationStages(), new UsersView(), FlatView.roles(), FlatView.tags(), new OffersView(),
            FlatView.rejectionReasons(), new InterviewsView());

    private final HttpServer server;
    private final Router router;

    private ApiServer(HttpServer server, Router router) {
        this.server = server;
        this.router = router;
    }

    /** Starts listening with the default rate limit; blocks until the port is bound (call it off the event loop). */
    public static ApiServer start(Vertx vertx, Engine engine, String host, int port) {
        return start(vertx, engine, host, port, ApiRateLimit.DEFAULT);
    }

    /** Starts listening with the given per-key rate limit of /v1; blocks until the port is bound. */
    public static ApiServer start(Vertx vertx, Engine engine, String host, int port, ApiRateLimit rateLimit) {
        Router router = Router.router(vertx);
        router.route().handler(ApiServer::requireReadableQuery);
        router.route().handler(BodyHandler.create().setBodyLimit(1024 * 1024));
        new ApiReferenceRoutes().mount(router);
        router.route("/v1/*").handler(new RateLimitHandler(vertx, engine.environments(), rateLimit));
        router.get("/v1/check-api-key").handler(context -> blocking(vertx, context, ctx -> {
            ApiKeyGrant grant = ApiRequest.authenticateEnvironment(engine.environments(), ctx.request());
            ObjectNode data = Json.object();
            data.put("environment_id", grant.environmentId());
            data.put("customer_id", engine.environments().installationId());
            return data;
        }));
        for (ListView view : VIEWS) {
            ListEndpoint endpoint = new ListEndpoint(engine, view);
            router.get("/v1/ats/" + view.endpoint()).handler(context -> blocking(vertx, context, endpoint::handle));
        }
        new SyncRoutes(engine).mount(router, (context, work) -> blocking(vertx, context, work));
        new IntegrationRoutes(engine).mount(router, (context, work) -> blocking(vertx, context, work));
        new ToolRoutes(engine).mount(router, (context, work) -> blocking(vertx, context, work));
        new PassthroughRoutes(engine).mount(router, (context, work) -> blocking(vertx, context, work));
        new TrackedApplicationRoutes(engine).mount(router, (context, work) -> blocking(vertx, context, work));
        new FieldRoutes(engine).mount(router, (context, work) -> blocking(vertx, context, work));
        new AdminRoutes(engine).mount(router, (context, work) -> blocking(vertx, context, work));
        router.errorHandler(404, context -> Responses.error(context, new ApiException(ErrorCode.INPUT_INVALID, 404,
                "no endpoint " + context.request().method() + " " + context.request().path())));
        router.errorHandler(400, context -> Responses.error(context, ApiException.invalid(unreadable(context))));
        router.errorHandler(405, context -> Responses.error(context, new ApiException(ErrorCode.INPUT_INVALID, 405,
                "method " + context.request().method() + " is not allowed on " + context.request().path())));
        router.errorHandler(413, context -> Responses.error(context, new ApiException(ErrorCode.INPUT_INVALID, 413,
                "the request body is too large")));
        router.errorHandler(500, context -> unexpected(context, context.failure()));
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true)
                // No HTTP/2 upgrade over cleartext: Java's HttpClient asks for one on every request, and under load
                // the upgraded connection lost large answers. TLS in front (ALPN) can still offer HTTP/2.
                .setHttp2ClearTextEnabled(false))
                .requestHandler(router)
                .listen(port, host)
                .await();
        LOG.atInfo().addKeyValue("host", host).addKeyValue("port", server.actualPort())
                .addKeyValue("rate_limit", rateLimit).log("api.listening");
        return new ApiServer(server, router);
    }

    public int port() {
        return server.actualPort();
    }

    /** The routes served, e.g. to check them against the API reference. */
    public Router router() {
        return router;
    }

    /** Runs work on a worker thread, then answers on the event loop: success envelope or error envelope. */
    static void blocking(Vertx vertx, RoutingContext context, Function<RoutingContext, JsonNode> work) {
        vertx.executeBlocking(() -> Responses.successBody(context, work.apply(context)), false).onComplete(result -> {
            if (result.succeeded()) {
                Responses.send(context, 200, result.result());
            } else if (result.cause() instanceof ApiException error) {
                Responses.error(context, error);
            } else {
                unexpected(context, result.cause());
            }
        });
    }

    /**
     * Decodes the query string up front: Vert.x throws on bad URL encoding when parameters are first read,
     * which would otherwise surface deep inside a handler as a server error.
     */
    private static void requireReadableQuery(RoutingContext context) {
        try {
            context.queryParams();
        } catch (RuntimeException e) {
            Responses.error(context, ApiException.invalid("the query string is not valid URL encoding ("
                    + deepest(e).getMessage() + ")"));
            return;
        }
        context.next();
    }

    /** Why Vert.x refused to read a request. */
    private static String unreadable(RoutingContext context) {
        Throwable failure = context.failure();
        return "the request could not be read" + (failure == null ? "" : ": " + deepest(failure).getMessage());
    }

    private static Throwable deepest(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void unexpected(RoutingContext context, Throwable failure) {
        String reference = RecordIds.random();
        LOG.atError().addKeyValue("reference", reference).addKeyValue("method", context.request().method())
                .addKeyValue("path", context.request().path()).setCause(failure).log("api.unexpected_error");
        Responses.error(context, new ApiException(ErrorCode.UNKNOWN_ERROR,
                "unexpected error; the server log has the details under reference " + reference));
    }

    @Override
    public void close() {
        server.close().await();
    }
}
