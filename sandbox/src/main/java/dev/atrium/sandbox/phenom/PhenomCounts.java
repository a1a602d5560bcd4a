package dev.atrium.sandbox.phenom;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/** Sizes of the generated Phenom tenant; everything else derives from the seed. */
public record PhenomCounts(
        @JsonProperty("jobs") int jobs,
        @JsonProperty("applications") int applications,
        @JsonProperty("users") int users) {

    /** Generated applications (and the candidates behind them) are computed on demand, so this costs no memory. */
    public static final int MAX_APPLICATIONS = 5_000_000;
    public static final int MAX_JOBS = 100_000;
    public static final int MAX_USERS = 100_000;

    public PhenomCounts {
        Ranges.require("jobs", jobs, 0, MAX_JOBS);
        Ranges.require("applications", applications, 0, MAX_APPLICATIONS);
        Ranges.require("users", users, 1, MAX_USERS);
        if (applications > 0 && jobs == 0) {
            throw new IllegalArgumentException("applications need at least one job");
        }
    }

    /** Small enough for a quick demo, large enough to page through. */
    public static PhenomCounts defaults() {
        return new PhenomCounts(20, 300, 15);
    }

    public PhenomCounts withJobs(int n) {
        return new PhenomCounts(n, applications, users);
    }

    public PhenomCounts withApplications(int n) {
        return new PhenomCounts(jobs, n, users);
    }
}
