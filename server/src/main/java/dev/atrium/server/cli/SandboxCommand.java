package dev.atrium.server.cli;

import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.SimulatorInfo;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atrium sandbox}: only the vendor simulators (all, or one with {@code --tool}), to develop a connector against. */
@Command(name = "sandbox", description = "Run the vendor simulators and print how to connect to each.")
final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8090", description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--tool", description = "Run only this tool's simulator (e.g. sagehr); all of them without it.")
    String tool;

    @Override
    public Integer call() throws InterruptedException {
        SandboxOptions options = SandboxOptions.defaults().withPort(port).withSeed(seed);
        Sandbox sandbox = tool == null ? Sandbox.start(options) : Sandbox.startOnly(options, tool);
        CountDownLatch stopped = new CountDownLatch(1);
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "atrium-shutdown"));
        for (SimulatorInfo simulator : sandbox.simulators()) {
            System.out.println(simulator.tool() + "  " + simulator.baseUrl() + "  " + simulator.credentials());
        }
        stopped.await();
        return 0;
    }
}
