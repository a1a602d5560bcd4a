package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/** Sizes of the generated Sage HR company; everything else derives from the seed. */
public record SageHrCounts(
        @JsonProperty("positions") int positions,
        @JsonProperty("applicants") int applicants,
        @JsonProperty("employees") int employees,
        @JsonProperty("teams") int teams,
        @JsonProperty("locations") int locations,
        @JsonProperty("groups") int groups,
        @JsonProperty("job_titles") int jobTitles) {

    /** Keeps applicant ids, generated and created, below the employee id range. */
    public static final int MAX_APPLICANTS = 50_000_000;
    public static final int MAX_POSITIONS = 100_000;
    public static final int MAX_SMALL_ENTITY = 100_000;

    public SageHrCounts {
        Ranges.require("positions", positions, 0, MAX_POSITIONS);
        Ranges.require("applicants", applicants, 0, MAX_APPLICANTS);
        Ranges.require("employees", employees, 1, MAX_SMALL_ENTITY);
        Ranges.require("teams", teams, 1, MAX_SMALL_ENTITY);
        Ranges.require("locations", locations, 1, MAX_SMALL_ENTITY);
        Ranges.require("groups", groups, 1, MAX_SMALL_ENTITY);
        Ranges.require("job_titles", jobTitles, 1, MAX_SMALL_ENTITY);
        if (applicants > 0 && positions == 0) {
            throw new IllegalArgumentException("applicants need at least one position");
        }
    }

    /** Small enough for a quick demo, large enough to page through. */
    public static SageHrCounts defaults() {
        return new SageHrCounts(12, 150, 25, 6, 4, 3, 8);
    }

    public SageHrCounts withPositions(int n) {
        return new SageHrCounts(n, applicants, employees, teams, locations, groups, jobTitles);
    }

    public SageHrCounts withApplicants(int n) {
        return new SageHrCounts(positions, n, employees, teams, locations, groups, jobTitles);
    }

    public SageHrCounts withEmployees(int n) {
        return new SageHrCounts(positions, applicants, n, teams, locations, groups, jobTitles);
    }
}
