package dev.atrium.sandbox.phenom;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.RunningSimulator;

/**
 * A sandbox started once per test class, with a client for its Phenom simulator; optionally reset to its
 * generated data after every test so tests that mutate do not see each other.
 */
final class RunningPhenom extends RunningSimulator<PhenomClient> {

    private RunningPhenom(SandboxOptions options, boolean resetAfterEach) {
        super(options, resetAfterEach, PhenomClient::new, sandbox -> sandbox.phenom().reset());
    }

    static RunningPhenom resettingAfterEach(SandboxOptions options) {
        return new RunningPhenom(options, true);
    }

    static RunningPhenom keepingState(SandboxOptions options) {
        return new RunningPhenom(options, false);
    }
}
