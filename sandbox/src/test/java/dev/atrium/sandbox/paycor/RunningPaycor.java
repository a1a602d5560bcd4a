package dev.atrium.sandbox.paycor;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.RunningSimulator;

/**
 * A sandbox started once per test class, with a logged-in client for its Paycor simulator; optionally reset
 * to the generated data and start settings after every test so tests that mutate do not see each other.
 */
final class RunningPaycor extends RunningSimulator<PaycorClient> {

    private RunningPaycor(SandboxOptions options, boolean resetAfterEach) {
        super(options, resetAfterEach, PaycorClient::new, sandbox -> sandbox.paycor().reset());
    }

    static RunningPaycor resettingAfterEach(SandboxOptions options) {
        return new RunningPaycor(options, true);
    }

    static RunningPaycor keepingState(SandboxOptions options) {
        return new RunningPaycor(options, false);
    }

    PaycorSimulator paycor() {
        return sandbox().paycor();
    }
}
