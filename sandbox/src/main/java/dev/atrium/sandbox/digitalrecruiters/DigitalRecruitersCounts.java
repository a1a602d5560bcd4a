package dev.atrium.sandbox.digitalrecruiters;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/** Sizes of the generated Digital Recruiters account; everything else derives from the seed. */
public record DigitalRecruitersCounts(
        @JsonProperty("job_ads") int jobAds,
        @JsonProperty("applications") int applications,
        @JsonProperty("recruiters") int recruiters,
        @JsonProperty("entities") int entities) {

    public static final int MAX_JOB_ADS = 100_000;
    public static final int MAX_APPLICATIONS = 5_000_000;
    public static final int MAX_SMALL_ENTITY = 10_000;

    public DigitalRecruitersCounts {
        Ranges.require("job_ads", jobAds, 0, MAX_JOB_ADS);
        Ranges.require("applications", applications, 0, MAX_APPLICATIONS);
        Ranges.require("recruiters", recruiters, 1, MAX_SMALL_ENTITY);
        Ranges.require("entities", entities, 1, MAX_SMALL_ENTITY);
        if (applications > 0 && jobAds == 0) {
            throw new IllegalArgumentException("applications need at least one job ad");
        }
    }

    /** Small enough for a quick demo, large enough to page through. */
    public static DigitalRecruitersCounts defaults() {
        return new DigitalRecruitersCounts(14, 180, 6, 4);
    }

    public DigitalRecruitersCounts withJobAds(int n) {
        return new DigitalRecruitersCounts(n, applications, recruiters, entities);
    }

    public DigitalRecruitersCounts withApplications(int n) {
        return new DigitalRecruitersCounts(jobAds, n, recruiters, entities);
    }
}
