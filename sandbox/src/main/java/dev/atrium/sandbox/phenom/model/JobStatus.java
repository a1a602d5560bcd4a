package dev.atrium.sandbox.phenom.model;

/**
 * Where a job stands in the customer's ATS. The jobs API carries no status field: it lists postable jobs only
 * (fact sheet 1.8 [G]), so any other status hides the job while its applications keep pointing at it.
 */
public enum JobStatus {
    OPEN, ON_HOLD, CLOSED, FILLED, DRAFT;

    /** Whether the jobs API lists the job. */
    public boolean isPosted() {
        return this == OPEN;
    }
}
