package dev.atrium.sandbox.phenom;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The remote ids each kind of mutation touched, so a test can assert on exactly those records. A kind may list
 * fewer ids than asked for when not enough records qualify. Deleting a job keeps its applications: they then
 * point at a job the API no longer shows, as integrators see at Phenom.
 */
public record PhenomMutationResult(
        @JsonProperty("deleted_jobs") List<String> deletedJobs,
        @JsonProperty("deleted_applications") List<String> deletedApplications,
        @JsonProperty("changed_jobs") List<String> changedJobs,
        @JsonProperty("closed_jobs") List<String> closedJobs,
        @JsonProperty("changed_applications") List<String> changedApplications,
        @JsonProperty("changed_candidates") List<String> changedCandidates,
        @JsonProperty("created_applications") List<String> createdApplications) {

    public PhenomMutationResult {
        deletedJobs = List.copyOf(deletedJobs);
        deletedApplications = List.copyOf(deletedApplications);
        changedJobs = List.copyOf(changedJobs);
        closedJobs = List.copyOf(closedJobs);
        changedApplications = List.copyOf(changedApplications);
        changedCandidates = List.copyOf(changedCandidates);
        createdApplications = List.copyOf(createdApplications);
    }
}
