package dev.atrium.sandbox.paycor;

import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox started once per test class, with a logged-in client for its Paycor simulator; optionally reset
 * to the generated data and start settings after every test so tests that mutate do not see each other.
 */
final class RunningPaycor implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final SandboxOptions options;
    private final boolean resetAfterEach;
    private Sandbox sandbox;
    private PaycorClient client;

    private RunningPaycor(SandboxOptions options, boolean resetAfterEach) {
        this.options = options;
        this.resetAfterEach = resetAfterEach;
    }

    static RunningPaycor resettingAfterEach(SandboxOptions options) {
        return new RunningPaycor(options, true);
    }

    static RunningPaycor keepingState(SandboxOptions options) {
        return new RunningPaycor(options, false);
    }

    Sandbox sandbox() {
        return sandbox;
    }

    PaycorSimulator paycor() {
        return sandbox.paycor();
    }

    PaycorClient client() {
        return client;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = Sandbox.start(options);
        client = new PaycorClient(sandbox);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (resetAfterEach) {
            sandbox.paycor().reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sandbox.close();
    }
}
