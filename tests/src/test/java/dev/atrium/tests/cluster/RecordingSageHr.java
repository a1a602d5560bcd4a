package dev.atrium.tests.cluster;

import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import dev.atrium.sandbox.sagehr.SageHrSimulator;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The sandbox's Sage HR simulator on a loopback port of its own, with a log of every request it was sent, so a
 * test can tell which pages a sync asked for and when.
 */
final class RecordingSageHr implements AutoCloseable {

    /** One request as the simulator received it. */
    record Request(long receivedAtMillis, String method, String path, String query) {

        /** The value of a query parameter, or null. */
        String param(String name) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).equals(name)) {
                    return pair.substring(equals + 1);
                }
            }
            return null;
        }
    }

    private final SageHrSimulator simulator;
    private final HttpServer server;
    private final String origin;
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();

    RecordingSageHr(Vertx vertx, long seed, SageHrSettings settings) {
        simulator = new SageHrSimulator(seed, settings);
        Router router = Router.router(vertx);
        router.route().handler(context -> {
            requests.add(new Request(System.currentTimeMillis(), context.request().method().name(),
                    context.request().path(), context.request().query()));
            context.next();
        });
        simulator.mount(vertx, router);
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(router).listen().await();
        origin = "http://127.0.0.1:" + server.actualPort();
    }

    SageHrSimulator simulator() {
        return simulator;
    }

    /** Base URL and credentials to connect an integration to this simulator. */
    SimulatorInfo info() {
        return simulator.info(origin);
    }

    /** Every request received so far, in arrival order. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.close().await();
    }
}
