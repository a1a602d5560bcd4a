package dev.atrium.sandbox.sagehr;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.RunningSimulator;

/**
 * A sandbox started once per test class, with a client for its Sage HR simulator; optionally reset to its
 * generated data after every test so tests that mutate do not see each other.
 */
final class RunningSandbox extends RunningSimulator<SageHrClient> {

    private RunningSandbox(SandboxOptions options, boolean resetAfterEach) {
        super(options, resetAfterEach, SageHrClient::new, sandbox -> sandbox.sagehr().reset());
    }

    /** Reset to the generated data after every test. */
    static RunningSandbox resettingAfterEach(SandboxOptions options) {
        return new RunningSandbox(options, true);
    }

    /** Keep state across the tests of the class. */
    static RunningSandbox keepingState(SandboxOptions options) {
        return new RunningSandbox(options, false);
    }
}
