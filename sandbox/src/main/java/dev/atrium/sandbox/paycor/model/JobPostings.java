package dev.atrium.sandbox.paycor.model;

/** Where a job is advertised: the six documented posting flags. */
public record JobPostings(boolean careers, boolean indeed, boolean smartSourcing, boolean linkedIn,
        boolean zipRecruiter, boolean gravity) {

    public static JobPostings none() {
        return new JobPostings(false, false, false, false, false, false);
    }
}
