package dev.atrium.sandbox.sagehr.store;

import java.util.List;

/** Outcome of a create-applicant request: the new id, or an HTTP status with a vendor error body. */
public record CreateResult(int status, Long id, String errorCode, List<String> errors) {

    public CreateResult {
        errors = List.copyOf(errors);
    }

    static CreateResult created(long id) {
        return new CreateResult(201, id, null, List.of());
    }

    static CreateResult rejected(int status, String errorCode, List<String> errors) {
        return new CreateResult(status, null, errorCode, errors);
    }

    public boolean isCreated() {
        return id != null;
    }
}
