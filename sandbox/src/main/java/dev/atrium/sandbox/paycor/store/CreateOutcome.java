package dev.atrium.sandbox.paycor.store;

import dev.atrium.sandbox.paycor.model.AtsCandidate;
import java.util.Map;

/** Outcome of a create-candidate request: the new record, or an HTTP status with the parts of a PaycorError. */
public record CreateOutcome(int status, AtsCandidate candidate, String title, String detail, Map<String, String> source) {

    public CreateOutcome {
        source = source == null ? null : Map.copyOf(source);
    }

    static CreateOutcome created(AtsCandidate candidate) {
        return new CreateOutcome(201, candidate, null, null, null);
    }

    static CreateOutcome refused(int status, String title, String detail, Map<String, String> source) {
        return new CreateOutcome(status, null, title, detail, source);
    }

    public boolean isCreated() {
        return candidate != null;
    }
}
