package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/** Sizes of the generated Paycor tenant; everything else derives from the seed. */
public record PaycorCounts(
        @JsonProperty("ats_accounts") int atsAccounts,
        @JsonProperty("jobs") int jobs,
        @JsonProperty("candidates") int candidates,
        @JsonProperty("users") int users) {

    public static final int MAX_ACCOUNTS = 100;
    public static final int MAX_JOBS = 100_000;
    /** Candidate positions must fit an int, created candidates included. */
    public static final int MAX_CANDIDATES = 50_000_000;
    public static final int MAX_USERS = 10_000;

    public PaycorCounts {
        Ranges.require("ats_accounts", atsAccounts, 1, MAX_ACCOUNTS);
        Ranges.require("jobs", jobs, 0, MAX_JOBS);
        Ranges.require("candidates", candidates, 0, MAX_CANDIDATES);
        Ranges.require("users", users, 1, MAX_USERS);
        if (candidates > 0 && jobs == 0) {
            throw new IllegalArgumentException("candidates need at least one job");
        }
    }

    /** One ATS account, 15 jobs, 200 candidates and 12 users: a demo-sized tenant. */
    public static PaycorCounts defaults() {
        return new PaycorCounts(1, 15, 200, 12);
    }

    public PaycorCounts withAtsAccounts(int n) {
        return new PaycorCounts(n, jobs, candidates, users);
    }

    public PaycorCounts withJobs(int n) {
        return new PaycorCounts(atsAccounts, n, candidates, users);
    }

    public PaycorCounts withCandidates(int n) {
        return new PaycorCounts(atsAccounts, jobs, n, users);
    }

    public PaycorCounts withUsers(int n) {
        return new PaycorCounts(atsAccounts, jobs, candidates, n);
    }
}
