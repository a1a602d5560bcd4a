package dev.atrium.server.cli;

import dev.atrium.engine.Engine;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Environment;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.PhaseTimes;
import dev.atrium.engine.sync.SyncListener;
import dev.atrium.engine.sync.SyncType;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.sandbox.paycor.PaycorCounts;
import dev.atrium.sandbox.paycor.PaycorMutationRequest;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.admin.IntegrationAdmin;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atrium bench}: benchmarks that print figures for docs/benchmarks.md. */
@Command(name = "bench", description = "Benchmarks: print figures to record in docs/benchmarks.md.",
        subcommands = {BenchCommand.Sync.class, ApiBenchCommand.class})
final class BenchCommand {

    /**
     * {@code atrium bench sync}: a FULL sync of a large Paycor tenant from the in-process sandbox, split into
     * fetch, transform and store; an unchanged re-sync; then a DELTA sync after a share of the candidates
     * changed. The tool's request budget is off, so the figures measure Atrium and the sandbox, not waiting.
     */
    @Command(name = "sync", description = "Time FULL and DELTA syncs of a large sandbox tenant (Paycor).")
    static final class Sync implements Callable<Integer> {

        private static final int WARM_UP_CANDIDATES = 10_000;

        @Option(names = "--candidates", defaultValue = "100000", description = "Candidates in the tenant (default"
                + " ${DEFAULT-VALUE}); each is a candidate and an application.")
        int candidates;

        @Option(names = "--jobs", defaultValue = "500", description = "Jobs they are spread over (default"
                + " ${DEFAULT-VALUE}).")
        int jobs;

        @Option(names = "--change-percent", defaultValue = "1", description = "Share of candidates changed before the"
                + " DELTA sync (default ${DEFAULT-VALUE}).")
        double changePercent;

        @Option(names = "--database", paramLabel = "URL", description = "Store to sync into (default: a new SQLite"
                + " file in a temporary folder, removed afterwards). Give an empty PostgreSQL database to bench it.")
        String databaseUrl;

        @Option(names = "--mappings", paramLabel = "DIR", description = "Directory of mapping files (default ./mappings"
                + " when present, else the built-in connectors).")
        String mappingsDir;

        @Override
        public Integer call() throws IOException {
            if (candidates < 1 || jobs < 1 || changePercent <= 0 || changePercent > 100) {
                throw new IllegalArgumentException("need --candidates >= 1, --jobs >= 1 and 0 < --change-percent <= 100");
            }
            Path folder = Files.createTempDirectory("atrium-bench");
            try {
                return run(folder);
            } finally {
                deleteRecursively(folder);
            }
        }

        private int run(Path folder) {
            String url = databaseUrl != null ? databaseUrl : "sqlite:" + folder.resolve("atrium.db");
            EngineSettings settings = EngineSettings.of(url, AtriumRuntime.secrets(folder.resolve("secret.key")
                    .toString())).withoutRateLimits();
            PaycorSettings paycor = PaycorSettings.defaults()
                    .withCounts(PaycorCounts.defaults().withJobs(jobs).withCandidates(candidates))
                    .withRateLimit(0, 60);
            try (AtriumRuntime runtime = AtriumRuntime.open(settings, mappingsDir);
                    Sandbox sandbox = Sandbox.start(runtime.vertx(), SandboxOptions.defaults().withPaycor(paycor))) {
                Engine engine = runtime.engine();
                warmUp(engine, runtime, paycor);
                Integration integration = connect(engine, sandbox);
                System.out.printf(Locale.ROOT, "Atrium sync benchmark: paycor, %,d candidates in %,d jobs; store %s;"
                        + " %d cores, Java %s%n", candidates, jobs, databaseUrl == null ? "SQLite (temporary file)"
                        : engine.database(), Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"));

                Timed full = sync(engine, integration, SyncType.FULL);
                report("FULL", full);
                Timed again = sync(engine, integration, SyncType.FULL);
                report("FULL, nothing changed", again);

                int changed = (int) Math.max(1, Math.round(candidates * changePercent / 100));
                for (int left = changed; left > 0; left -= PaycorMutationRequest.MAX_PER_KIND) {
                    sandbox.paycor().mutate(PaycorMutationRequest.none()
                            .withChangeCandidates(Math.min(left, PaycorMutationRequest.MAX_PER_KIND)));
                }
                Timed delta = sync(engine, integration, SyncType.DELTA);
                report(String.format(Locale.ROOT, "DELTA after %,d candidates (%s%%) changed", changed,
                        trim(changePercent)), delta);
                System.out.printf(Locale.ROOT, "DELTA took %.1f%% of the FULL sync's time (target: under 5%%).%n",
                        100.0 * delta.millis() / full.millis());
                boolean ok = full.run().state().equals("SUCCEEDED") && again.run().state().equals("SUCCEEDED")
                        && delta.run().state().equals("SUCCEEDED");
                return ok ? 0 : 1;
            }
        }

        /**
         * A sync of a small tenant first, so the figures are those of a running server rather than of a JVM
         * compiling its code (the first minute of a process is several times slower).
         */
        private void warmUp(Engine engine, AtriumRuntime runtime, PaycorSettings paycor) {
            PaycorSettings small = paycor.withCounts(PaycorCounts.defaults().withJobs(50).withCandidates(
                    Math.min(candidates, WARM_UP_CANDIDATES)));
            try (Sandbox sandbox = Sandbox.start(runtime.vertx(), SandboxOptions.defaults().withSeed(7)
                    .withPaycor(small))) {
                Timed warmUp = sync(engine, connect(engine, sandbox), SyncType.FULL);
                System.out.printf(Locale.ROOT, "(warm-up: a FULL sync of %,d candidates, %s in %.1f s, not counted)%n",
                        Math.min(candidates, WARM_UP_CANDIDATES), warmUp.run().state(), warmUp.millis() / 1000.0);
            }
        }

        /** A finished sync, its wall time, the process's CPU time meanwhile, and where that time went. */
        private record Timed(SyncRun run, long millis, long cpuMillis, PhaseTimes phases) {
        }

        private static Timed sync(Engine engine, Integration integration, SyncType type) {
            AtomicReference<PhaseTimes> phases = new AtomicReference<>();
            SyncListener listener = new SyncListener() {
                @Override
                public void finished(SyncRun run, PhaseTimes times) {
                    phases.set(times);
                }
            };
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            SyncRun run = engine.syncs().runNow(integration.id(), type, "bench", listener);
            long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            return new Timed(run, millis, (processCpuNanos() - cpuStart) / 1_000_000, phases.get());
        }

        /** CPU time of the whole process (Atrium and the sandbox share it), or 0 where the JVM cannot tell. */
        private static long processCpuNanos() {
            return ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
        }

        private static void report(String label, Timed timed) {
            SyncRun run = timed.run();
            PhaseTimes phases = timed.phases();
            double seconds = timed.millis() / 1000.0;
            System.out.println();
            System.out.printf(Locale.ROOT, "%s: %s in %.2f s, %,d requests; added %,d, changed %,d, unchanged %,d,"
                    + " deleted %,d, quarantined %,d%n", label, run.state(), seconds, run.counts().requests(),
                    run.counts().added(), run.counts().changed(), run.counts().unchanged(), run.counts().deleted(),
                    run.counts().quarantined());
            if (run.error() != null) {
                System.out.println("  error: " + run.error());
            }
            if (phases == null) {
                return;
            }
            System.out.printf(Locale.ROOT, "  end to end: %,.0f unified records/s (%,d unified from %,d remote records);"
                    + " %.1f CPU s (%.0f%% of the cores)%n", phases.records() / seconds, phases.records(),
                    phases.rawRecords(), timed.cpuMillis() / 1000.0,
                    100.0 * timed.cpuMillis() / timed.millis() / Runtime.getRuntime().availableProcessors());
            // Phase times are summed over the sync's threads, so each rate is per thread-second of that phase.
            System.out.printf(Locale.ROOT, "  fetch     %7.2f s  %,10.0f remote records/s%n",
                    phases.fetchNanos() / 1e9, rate(phases.rawRecords(), phases.fetchNanos()));
            System.out.printf(Locale.ROOT, "  transform %7.2f s  %,10.0f unified records/s%n",
                    phases.transformNanos() / 1e9, rate(phases.records(), phases.transformNanos()));
            System.out.printf(Locale.ROOT, "  store     %7.2f s  %,10.0f unified records/s%n",
                    phases.storeNanos() / 1e9, rate(phases.records(), phases.storeNanos()));
        }

        private static double rate(long count, long nanos) {
            return nanos == 0 ? 0 : count / (nanos / 1e9);
        }

        private static String trim(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    /** A new environment with an integration of the sandbox's Paycor simulator. */
    static Integration connect(Engine engine, Sandbox sandbox) {
        SimulatorInfo simulator = sandbox.simulators().stream().filter(info -> info.tool().equals("paycor"))
                .findFirst().orElseThrow();
        if (engine.mappings().find("paycor").isEmpty()) {
            throw new IllegalArgumentException("no paycor mapping among the loaded mappings");
        }
        IntegrationAdmin admin = new IntegrationAdmin(engine);
        Environment environment = admin.createEnvironment("bench-" + System.currentTimeMillis());
        return admin.createIntegration(environment.id(), "paycor", simulator.credentials(), simulator.baseUrl(),
                new EndUser("Benchmark", null, null), IntegrationSettings.readingAll());
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
