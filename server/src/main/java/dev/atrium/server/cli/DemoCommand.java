package dev.atrium.server.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.Engine;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.CreatedApiKey;
import dev.atrium.engine.store.Environment;
import dev.atrium.engine.store.EndUser;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.SyncListener;
import dev.atrium.engine.sync.SyncType;
import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import dev.atrium.server.AtriumRuntime;
import dev.atrium.server.admin.IntegrationAdmin;
import dev.atrium.server.api.ApiServer;
import dev.atrium.server.api.ratelimit.ApiRateLimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code atrium demo}: the sandbox simulators, a "demo" environment with a fresh API key, one integration
 * per simulated tool that has a mapping, a full sync of each, and the API on a local port. Writes what a
 * client needs to data/demo.json: base URL, API key, an admin key, the environment, the integrations, and
 * each sandbox tool's own base URL and credentials.
 */
@Command(name = "demo", description = "Start the sandbox tools, connect and sync them, and serve the API.")
final class DemoCommand implements Callable<Integer> {

    private static final String ENVIRONMENT = "demo";

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "${env:ATRIUM_PORT:-8080}", description = "API port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--sandbox-port", defaultValue = "0", description = "Sandbox port (default: any free port).")
    int sandboxPort;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the sandbox data (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ApiRateLimitOption apiRateLimit;

    @Option(names = "--info-file", defaultValue = "data/demo.json", description = "Where to write base URL, key and"
            + " integration ids (default ${DEFAULT-VALUE}).")
    Path infoFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ApiRateLimit rateLimit = apiRateLimit.parsed();
        AtriumRuntime runtime = store.open();
        Sandbox sandbox = Sandbox.start(runtime.vertx(), SandboxOptions.defaults().withPort(sandboxPort).withSeed(seed));
        Engine engine = runtime.engine();
        IntegrationAdmin admin = new IntegrationAdmin(engine);
        Environment environment = engine.environments().findEnvironment(ENVIRONMENT)
                .orElseGet(() -> admin.createEnvironment(ENVIRONMENT));
        CreatedApiKey key = admin.createApiKey(environment.id(), false, "demo");
        CreatedApiKey adminKey = admin.createApiKey(null, true, "demo admin");

        ObjectNode integrations = Json.object();
        ObjectNode sandboxTools = Json.object();
        for (SimulatorInfo simulator : sandbox.simulators()) {
            // The sandbox's own address and credentials, so a client can compare what Atrium serves with
            // what the tool holds; they are the simulator's fixed test values, not secrets of anyone.
            ObjectNode tool = sandboxTools.putObject(simulator.tool());
            tool.put("base_url", simulator.baseUrl());
            tool.set("credentials", Json.MAPPER.valueToTree(simulator.credentials()));
            if (engine.mappings().find(simulator.tool()).isEmpty()) {
                System.out.println("Skipping " + simulator.tool() + ": the sandbox serves it at " + simulator.baseUrl()
                        + ", but mappings/ has no connector for it.");
                continue;
            }
            Integration integration = connect(engine, admin, environment, simulator);
            System.out.println("Syncing " + simulator.tool() + " (" + integration.id() + ") from the sandbox...");
            SyncRun run = engine.syncs().runNow(integration.id(), SyncType.FULL, "demo", TerminalProgress.forTerminal());
            System.out.println("  " + Summaries.syncRun(run));
            integrations.put(simulator.tool(), integration.id());
        }

        // A short tick: a sync asked for through the demo's API starts within seconds.
        engine.startScheduler(1, Duration.ofSeconds(2), SyncListener.NONE);
        engine.startWebhookDelivery(Duration.ofSeconds(1));
        ApiServer server = ApiServer.start(runtime.vertx(), engine, "127.0.0.1", port, rateLimit);
        String baseUrl = "http://127.0.0.1:" + server.port() + "/v1";
        ObjectNode info = Json.object();
        info.put("base_url", baseUrl);
        info.put("api_key", key.key());
        info.put("admin_key", adminKey.key());
        info.put("environment_id", environment.id());
        info.set("integrations", integrations);
        info.set("sandbox", sandboxTools);
        Path parent = infoFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(infoFile, Json.pretty(info) + "\n");

        // Labels padded to the longest tool name, so every value lines up.
        int width = 11;
        for (var names = integrations.fieldNames(); names.hasNext(); ) {
            width = Math.max(width, names.next().length() + 1);
        }
        String row = "  %-" + width + "s %s%n";
        System.out.println();
        System.out.println("Atrium demo is running: " + baseUrl);
        System.out.printf(row, "API key:", key.key());
        System.out.printf(row, "admin key:", adminKey.key());
        integrations.fields().forEachRemaining(entry ->
                System.out.printf(row, entry.getKey() + ":", entry.getValue().asText()));
        System.out.printf(row, "sandbox:", "http://127.0.0.1:" + sandbox.port());
        System.out.printf(row, "written to:", infoFile);
        System.out.println();
        System.out.println("Try, one per tool:");
        integrations.fields().forEachRemaining(entry -> System.out.println("  curl -H 'Authorization: Bearer "
                + key.key() + "' -H 'X-Integration-Id: " + entry.getValue().asText() + "' '" + baseUrl
                + "/ats/jobs?page_size=5'"));
        System.out.println();
        System.out.println("Stop with Ctrl-C.");

        CountDownLatch stopped = new CountDownLatch(1);
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            sandbox.close();
            runtime.close();
            stopped.countDown();
        }, "atrium-shutdown"));
        stopped.await();
        return 0;
    }

    /** The demo environment's integration of this tool, pointed at this run's sandbox; created the first time. */
    private static Integration connect(Engine engine, IntegrationAdmin admin, Environment environment,
            SimulatorInfo simulator) {
        Optional<Integration> existing = engine.integrations().listByEnvironment(environment.id()).stream()
                .filter(integration -> integration.tool().equals(simulator.tool())).findFirst();
        if (existing.isPresent()) {
            engine.integrations().reconnect(existing.get().id(), simulator.baseUrl(), simulator.credentials());
            return engine.integrations().find(existing.get().id()).orElseThrow();
        }
        return admin.createIntegration(environment.id(), simulator.tool(), simulator.credentials(),
                simulator.baseUrl(), new EndUser("Sandbox " + simulator.tool(), null, null),
                IntegrationSettings.readingAll());
    }
}
