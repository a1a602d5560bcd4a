package dev.atrium.server.cli;

import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.api.ApiServer;
import dev.atrium.server.api.ratelimit.ApiRateLimit;
import dev.atrium.engine.sync.SyncListener;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atrium serve}: the API server. */
@Command(name = "serve", description = "Serve the API.")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--host", defaultValue = "${env:ATRIUM_HOST:-0.0.0.0}", description = "Interface to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "${env:ATRIUM_PORT:-8080}", description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--sync-workers", defaultValue = "${env:ATRIUM_SYNC_WORKERS:-2}",
            description = "Syncs this node runs at once (default ${DEFAULT-VALUE}); 0 serves the API without syncing.")
    int syncWorkers;

    @Option(names = "--sync-lease", paramLabel = "SECONDS", defaultValue = "${env:ATRIUM_SYNC_LEASE_SECONDS:-60}",
            description = "How long a node's claim on a running sync lasts without renewal; another node resumes"
                    + " the sync of a node silent for that long (default ${DEFAULT-VALUE}).")
    int leaseSeconds;

    @Option(names = "--scheduler-tick", paramLabel = "SECONDS", defaultValue = "${env:ATRIUM_SCHEDULER_TICK_SECONDS:-5}",
            description = "How often the scheduler looks for due and abandoned syncs (default ${DEFAULT-VALUE}).")
    int tickSeconds;

    @Mixin
    ApiRateLimitOption apiRateLimit;

    @Override
    public Integer call() throws InterruptedException {
        ApiRateLimit rateLimit = apiRateLimit.parsed();
        if (leaseSeconds < 3 || tickSeconds < 1) {
            throw new IllegalArgumentException("--sync-lease must be at least 3 seconds and --scheduler-tick at"
                    + " least 1");
        }
        AtriumRuntime runtime = store.open(settings -> settings.withLease(Duration.ofSeconds(leaseSeconds)));
        if (syncWorkers > 0) {
            runtime.engine().startScheduler(syncWorkers, Duration.ofSeconds(tickSeconds), SyncListener.NONE);
        }
        runtime.engine().startWebhookDelivery(Duration.ofSeconds(1));
        ApiServer server = ApiServer.start(runtime.vertx(), runtime.engine(), host, port, rateLimit);
        CountDownLatch stopped = new CountDownLatch(1);
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            runtime.close();
            stopped.countDown();
        }, "atrium-shutdown"));
        System.out.println("Atrium serves http://" + host + ":" + server.port() + "/v1");
        stopped.await();
        return 0;
    }
}
