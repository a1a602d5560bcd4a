package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The remote ids each kind of mutation touched, so a test can assert on exactly those records.
 * A kind may list fewer ids than asked for when not enough records qualify.
 *
 * @param candidatesRemovedWithJobs candidates that went away because their job was deleted
 */
public record PaycorMutationResult(
        @JsonProperty("deleted_jobs") List<String> deletedJobs,
        @JsonProperty("candidates_removed_with_jobs") List<String> candidatesRemovedWithJobs,
        @JsonProperty("deleted_candidates") List<String> deletedCandidates,
        @JsonProperty("changed_jobs") List<String> changedJobs,
        @JsonProperty("closed_jobs") List<String> closedJobs,
        @JsonProperty("changed_candidates") List<String> changedCandidates,
        @JsonProperty("created_candidates") List<String> createdCandidates) {

    public PaycorMutationResult {
        deletedJobs = List.copyOf(deletedJobs);
        candidatesRemovedWithJobs = List.copyOf(candidatesRemovedWithJobs);
        deletedCandidates = List.copyOf(deletedCandidates);
        changedJobs = List.copyOf(changedJobs);
        closedJobs = List.copyOf(closedJobs);
        changedCandidates = List.copyOf(changedCandidates);
        createdCandidates = List.copyOf(createdCandidates);
    }
}
