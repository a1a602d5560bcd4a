package dev.atrium.sandbox.icims;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/**
 * Sizes of the generated iCIMS tenant; everything else derives from the seed. Each generated candidate person
 * comes with one recruiting workflow position, so {@code people} also counts the generated workflows.
 */
public record IcimsCounts(
        @JsonProperty("jobs") int jobs,
        @JsonProperty("people") int people,
        @JsonProperty("users") int users) {

    public static final int MAX_JOBS = 100_000;
    /** Person and workflow ids must stay well inside an int, created records included. */
    public static final int MAX_PEOPLE = 20_000_000;
    public static final int MAX_USERS = 10_000;

    public IcimsCounts {
        Ranges.require("jobs", jobs, 0, MAX_JOBS);
        Ranges.require("people", people, 0, MAX_PEOPLE);
        Ranges.require("users", users, 1, MAX_USERS);
        if (people > 0 && jobs == 0) {
            throw new IllegalArgumentException("people need at least one job to apply to");
        }
    }

    /** 20 jobs, 300 candidates and 12 users: a demo-sized tenant. */
    public static IcimsCounts defaults() {
        return new IcimsCounts(20, 300, 12);
    }

    public IcimsCounts withJobs(int n) {
        return new IcimsCounts(n, people, users);
    }

    public IcimsCounts withPeople(int n) {
        return new IcimsCounts(jobs, n, users);
    }

    public IcimsCounts withUsers(int n) {
        return new IcimsCounts(jobs, people, n);
    }
}
