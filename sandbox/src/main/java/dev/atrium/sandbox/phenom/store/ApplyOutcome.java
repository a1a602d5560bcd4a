package dev.atrium.sandbox.phenom.store;

import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.model.Candidate;

/** The result of an apply: the application and its candidate, or the status and message of a refusal. */
public record ApplyOutcome(Application application, Candidate candidate, boolean newCandidate, int status, String message) {

    static ApplyOutcome created(Application application, Candidate candidate, boolean newCandidate) {
        return new ApplyOutcome(application, candidate, newCandidate, 201, null);
    }

    static ApplyOutcome refused(int status, String message) {
        return new ApplyOutcome(null, null, false, status, message);
    }

    public boolean isCreated() {
        return application != null;
    }
}
