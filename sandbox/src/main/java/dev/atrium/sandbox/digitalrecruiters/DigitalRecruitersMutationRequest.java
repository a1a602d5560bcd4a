package dev.atrium.sandbox.digitalrecruiters;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/** How many records of each kind one mutation call deletes, edits, closes or creates; all optional. */
public record DigitalRecruitersMutationRequest(
        @JsonProperty("delete_applications") int deleteApplications,
        @JsonProperty("change_applications") int changeApplications,
        @JsonProperty("delete_job_ads") int deleteJobAds,
        @JsonProperty("change_job_ads") int changeJobAds,
        @JsonProperty("close_job_ads") int closeJobAds,
        @JsonProperty("create_applications") int createApplications) {

    public static final int MAX_PER_KIND = 10_000;

    public DigitalRecruitersMutationRequest {
        Ranges.requireEach("mutation counts", 0, MAX_PER_KIND,
                deleteApplications, changeApplications, deleteJobAds, changeJobAds, closeJobAds, createApplications);
    }

    public static DigitalRecruitersMutationRequest none() {
        return new DigitalRecruitersMutationRequest(0, 0, 0, 0, 0, 0);
    }
}
