package dev.atrium.sandbox.sagehr;

import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox started once per test class, with a client for its Sage HR simulator; optionally reset to its
 * generated data after every test so tests that mutate do not see each other.
 */
final class RunningSandbox implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final SandboxOptions options;
    private final boolean resetAfterEach;
    private Sandbox sandbox;
    private SageHrClient client;

    private RunningSandbox(SandboxOptions options, boolean resetAfterEach) {
        this.options = options;
        this.resetAfterEach = resetAfterEach;
    }

    /** Reset to the generated data after every test. */
    static RunningSandbox resettingAfterEach(SandboxOptions options) {
        return new RunningSandbox(options, true);
    }

    /** Keep state across the tests of the class. */
    static RunningSandbox keepingState(SandboxOptions options) {
        return new RunningSandbox(options, false);
    }

    Sandbox sandbox() {
        return sandbox;
    }

    SageHrClient client() {
        return client;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = Sandbox.start(options);
        client = new SageHrClient(sandbox);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (resetAfterEach) {
            sandbox.sagehr().reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sandbox.close();
    }
}
