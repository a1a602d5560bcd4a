package dev.atrium.sandbox.icims;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.RunningSimulator;

/** A sandbox started once per test class with a client for its iCIMS simulator, optionally reset after each test. */
final class RunningIcims extends RunningSimulator<IcimsClient> {

    private RunningIcims(SandboxOptions options, boolean resetAfterEach) {
        super(options, resetAfterEach, IcimsClient::new, sandbox -> sandbox.simulator(IcimsSimulator.class).reset());
    }

    static RunningIcims resettingAfterEach(SandboxOptions options) {
        return new RunningIcims(options, true);
    }

    static RunningIcims keepingState(SandboxOptions options) {
        return new RunningIcims(options, false);
    }

    IcimsSimulator icims() {
        return sandbox().simulator(IcimsSimulator.class);
    }
}
