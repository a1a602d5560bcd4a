package dev.atrium.sandbox.digitalrecruiters;

import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.support.RunningSimulator;

/** A sandbox started once per test class with a client for its Digital Recruiters simulator. */
final class RunningDigitalRecruiters extends RunningSimulator<DigitalRecruitersClient> {

    private RunningDigitalRecruiters(SandboxOptions options, boolean resetAfterEach) {
        super(options, resetAfterEach, DigitalRecruitersClient::new, sandbox -> sandbox.digitalrecruiters().reset());
    }

    /** Reset to the generated data after every test. */
    static RunningDigitalRecruiters resettingAfterEach(DigitalRecruitersSettings settings) {
        return new RunningDigitalRecruiters(SandboxOptions.defaults().withDigitalrecruiters(settings), true);
    }

    DigitalRecruitersSimulator simulator() {
        return sandbox().digitalrecruiters();
    }
}
