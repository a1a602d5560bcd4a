package dev.atrium.server.cli;

import dev.atrium.engine.Engine;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.ids.Base58;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.SyncListener;
import dev.atrium.engine.sync.SyncType;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.paycor.PaycorCounts;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.admin.IntegrationAdmin;
import dev.atrium.server.api.ApiServer;
import dev.atrium.server.api.Cursor;
import dev.atrium.server.api.ratelimit.ApiRateLimit;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atrium bench api}: list reads under concurrent load. For each store size, a Paycor tenant of that many
 * candidates is synced into a fresh store, then a fixed number of keep-alive connections each read
 * {@code GET /v1/ats/candidates} pages at random places of the store (a cursor after a random id), as fast as
 * the server answers, and the requests per second and latency percentiles are printed.
 */
@Command(name = "api", description = "Requests/s and p50/p99 latency of candidate list pages under concurrent load.")
final class ApiBenchCommand implements Callable<Integer> {

    @Option(names = "--candidates", split = ",", defaultValue = "10000,1000000", description = "Store sizes to"
            + " measure, comma-separated (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--connections", defaultValue = "64", description = "Concurrent connections (default"
            + " ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--page-size", defaultValue = "100", description = "Records per page (default ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds per store size, after 10 s of"
            + " warm-up (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--mappings", paramLabel = "DIR", description = "Directory of mapping files (default ./mappings"
            + " when present, else the built-in connectors).")
    String mappingsDir;

    @Override
    public Integer call() throws Exception {
        if (connections < 1 || pageSize < 1 || pageSize > 250 || seconds < 1 || sizes.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("need --connections >= 1, 1 <= --page-size <= 250, --seconds >= 1 and"
                    + " store sizes >= 1");
        }
        System.out.printf(Locale.ROOT, "Atrium API benchmark: GET /v1/ats/candidates?page_size=%d at random"
                + " cursors, %d connections, %d s per size; %d cores, Java %s; client in the same process%n",
                pageSize, connections, seconds, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        boolean ok = true;
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("atrium-bench-api");
            try {
                ok &= measure(folder, size);
            } finally {
                BenchCommand.deleteRecursively(folder);
            }
        }
        return ok ? 0 : 1;
    }

    private boolean measure(Path folder, int candidates) throws InterruptedException, IOException {
        EngineSettings settings = EngineSettings.of("sqlite:" + folder.resolve("atrium.db"),
                AtriumRuntime.secrets(folder.resolve("secret.key").toString())).withoutRateLimits();
        PaycorSettings paycor = PaycorSettings.defaults().withCounts(PaycorCounts.defaults()
                .withJobs(Math.max(1, Math.min(2_000, candidates / 200))).withCandidates(candidates)).withRateLimit(0, 60);
        try (AtriumRuntime runtime = AtriumRuntime.open(settings, mappingsDir);
                Sandbox sandbox = Sandbox.start(runtime.vertx(), SandboxOptions.defaults().withPaycor(paycor))) {
            Engine engine = runtime.engine();
            Integration integration = BenchCommand.connect(engine, sandbox);
            long start = System.nanoTime();
            SyncRun run = engine.syncs().runNow(integration.id(), SyncType.FULL, "bench", SyncListener.NONE);
            System.out.printf(Locale.ROOT, "%n%,d candidates: synced in %.1f s (%s)%n", candidates,
                    (System.nanoTime() - start) / 1e9, run.state());
            if (!run.state().equals("SUCCEEDED")) {
                return false;
            }
            String key = new IntegrationAdmin(engine).createApiKey(integration.environmentId(), false, "bench").key();
            // The callers' rate limit is off: the figures are the server's capacity, not the limit's.
            ApiServer server = ApiServer.start(runtime.vertx(), engine, "127.0.0.1", 0, ApiRateLimit.OFF);
            try {
                Load load = new Load(runtime.vertx(), server.port(), key, integration.id());
                load.run(10);
                Load.Result result = load.run(seconds);
                System.out.printf(Locale.ROOT, "  %,d requests in %d s: %,.0f requests/s; latency p50 %.1f ms,"
                        + " p90 %.1f ms, p99 %.1f ms, max %.1f ms; %d errors; %,.0f KB a page%n", result.count(),
                        seconds, result.count() / (double) seconds, result.percentile(50), result.percentile(90),
                        result.percentile(99), result.percentile(100), result.errors(),
                        result.bytes() / 1024.0 / Math.max(1, result.count()));
                return result.errors() == 0;
            } finally {
                server.close();
            }
        }
    }

    /** Keeps {@code connections} requests in flight and records each one's latency. */
    private final class Load {

        private final HttpClient client;
        private final String key;
        private final String integrationId;

        Load(Vertx vertx, int port, String key, String integrationId) {
            this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
                    .setDefaultPort(port).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(connections));
            this.key = key;
            this.integrationId = integrationId;
        }

        /** The outcome of one measured period. */
        record Result(long[] latencies, long errors, long bytes) {
            long count() {
                return latencies.length;
            }

            /** The latency (ms) below which the given share of requests finished. */
            double percentile(double percent) {
                if (latencies.length == 0) {
                    return 0;
                }
                int index = (int) Math.ceil(percent / 100.0 * latencies.length) - 1;
                return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
            }
        }

        Result run(int periodSeconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(periodSeconds);
            int capacity = 4_000_000;
            AtomicLongArray latencies = new AtomicLongArray(capacity);
            AtomicLong count = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            CountDownLatch done = new CountDownLatch(connections);
            for (int i = 0; i < connections; i++) {
                next(end, latencies, count, errors, bytes, done);
            }
            done.await();
            int n = (int) Math.min(count.get(), capacity);
            long[] sorted = new long[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = latencies.get(i);
            }
            Arrays.sort(sorted);
            return new Result(sorted, errors.get(), bytes.get());
        }

        private void next(long end, AtomicLongArray latencies, AtomicLong count, AtomicLong errors, AtomicLong bytes,
                CountDownLatch done) {
            if (System.nanoTime() >= end) {
                done.countDown();
                return;
            }
            String uri = "/v1/ats/candidates?page_size=" + pageSize + "&cursor=" + Cursor.encode("candidates", randomId());
            long start = System.nanoTime();
            client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(uri)
                    .addHeader("Authorization", "Bearer " + key).addHeader("X-Integration-Id", integrationId))
                    .compose(request -> request.send().compose(response -> response.body().map(body -> {
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        bytes.addAndGet(body.length());
                        return body;
                    })))
                    .onComplete(result -> {
                        if (result.failed()) {
                            errors.incrementAndGet();
                        }
                        long index = count.getAndIncrement();
                        if (index < latencies.length()) {
                            latencies.set((int) index, System.nanoTime() - start);
                        }
                        next(end, latencies, count, errors, bytes, done);
                    });
        }

        /** A random point of the id space, so pages come from all over the store, as many clients' cursors do. */
        private static String randomId() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            StringBuilder id = new StringBuilder(24);
            for (int i = 0; i < 24; i++) {
                id.append(Base58.ALPHABET.charAt(random.nextInt(Base58.ALPHABET.length())));
            }
            return id.toString();
        }
    }
}
