package dev.atrium.sandbox.support;

import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox started once per test class, with a client for one of its simulators; optionally that simulator is
 * reset after every test, so tests that mutate do not see each other.
 *
 * @param <C> the simulator's test client
 */
public abstract class RunningSimulator<C> implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final SandboxOptions options;
    private final boolean resetAfterEach;
    private final Function<Sandbox, C> newClient;
    private final Consumer<Sandbox> reset;
    private Sandbox sandbox;
    private C client;

    /**
     * @param newClient the client, made once the sandbox listens
     * @param reset     resets the simulator under test
     */
    protected RunningSimulator(SandboxOptions options, boolean resetAfterEach, Function<Sandbox, C> newClient,
            Consumer<Sandbox> reset) {
        this.options = options;
        this.resetAfterEach = resetAfterEach;
        this.newClient = newClient;
        this.reset = reset;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public C client() {
        return client;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = Sandbox.start(options);
        client = newClient.apply(sandbox);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (resetAfterEach) {
            reset.accept(sandbox);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sandbox.close();
    }
}
