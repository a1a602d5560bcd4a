package dev.atrium.engine.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small HTTP server on loopback that tests program route by route, recording every request it got. */
public final class FakeRemote implements AutoCloseable {

    /** One request as the server saw it. */
    public record Seen(String method, String path, String query, String authHeader, long atMillis,
            String authorization, String body) {
    }

    private final Router router;
    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public FakeRemote(Vertx vertx) {
        this.router = Router.router(vertx);
        router.route().handler(io.vertx.ext.web.handler.BodyHandler.create());
        router.route().handler(context -> {
            seen.add(new Seen(context.request().method().name(), context.request().path(),
                    context.request().query(), context.request().getHeader("X-Key"), System.currentTimeMillis(),
                    context.request().getHeader("Authorization"),
                    context.body() == null ? null : context.body().asString()));
            context.next();
        });
        this.server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    }

    public FakeRemote get(String path, Handler<RoutingContext> handler) {
        router.get(path).handler(handler);
        return this;
    }

    public FakeRemote post(String path, Handler<RoutingContext> handler) {
        router.post(path).handler(handler);
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public List<Seen> seen() {
        return seen;
    }

    public long count(String path) {
        return seen.stream().filter(request -> request.path().equals(path)).count();
    }

    public static void json(RoutingContext context, int status, String body) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
    }

    @Override
    public void close() {
        server.close().await();
    }
}
