package dev.atrium.engine.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small HTTP server on loopback that tests program route by route, recording every request it got. */
public final class FakeRemote implements AutoCloseable {

    /** One request as the server saw it; header names are lower case. */
    public record Seen(String method, String path, String query, Map<String, String> headers, long atMillis,
            String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String authorization() {
            return header("Authorization");
        }

        /** The API key header the tests' mappings use. */
        public String authHeader() {
            return header("X-Key");
        }
    }

    private final Router router;
    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public FakeRemote(Vertx vertx) {
        this.router = Router.router(vertx);
        // Uploaded files go to the temporary directory, not the working directory, and are gone after each answer.
        router.route().handler(io.vertx.ext.web.handler.BodyHandler.create(System.getProperty("java.io.tmpdir")
                + "/fake-remote-uploads").setDeleteUploadedFilesOnEnd(true));
        router.route().handler(context -> {
            Map<String, String> headers = new HashMap<>();
            context.request().headers().forEach(header ->
                    headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue()));
            seen.add(new Seen(context.request().method().name(), context.request().path(),
                    context.request().query(), Map.copyOf(headers), System.currentTimeMillis(),
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

    /** A route for every method. */
    public FakeRemote any(String path, Handler<RoutingContext> handler) {
        router.route(path).handler(handler);
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
