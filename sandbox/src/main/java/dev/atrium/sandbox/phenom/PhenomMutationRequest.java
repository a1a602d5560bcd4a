package dev.atrium.sandbox.phenom;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/** How many records of each kind one mutation call deletes, edits, closes or creates; all optional. */
public record PhenomMutationRequest(
        @JsonProperty("delete_applications") int deleteApplications,
        @JsonProperty("change_applications") int changeApplications,
        @JsonProperty("create_applications") int createApplications,
        @JsonProperty("change_candidates") int changeCandidates,
        @JsonProperty("delete_jobs") int deleteJobs,
        @JsonProperty("change_jobs") int changeJobs,
        @JsonProperty("close_jobs") int closeJobs) {

    public static final int MAX_PER_KIND = 10_000;

    public PhenomMutationRequest {
        Ranges.requireEach("mutation counts", 0, MAX_PER_KIND, deleteApplications, changeApplications,
                createApplications, changeCandidates, deleteJobs, changeJobs, closeJobs);
    }

    public static PhenomMutationRequest none() {
        return new PhenomMutationRequest(0, 0, 0, 0, 0, 0, 0);
    }
}
