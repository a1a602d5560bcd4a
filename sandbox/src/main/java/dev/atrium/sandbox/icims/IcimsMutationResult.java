package dev.atrium.sandbox.icims;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The iCIMS ids each kind of mutation touched, so a test can assert on exactly those records. A kind may list
 * fewer ids than asked for when not enough records qualify.
 */
public record IcimsMutationResult(
        @JsonProperty("deleted_jobs") List<Long> deletedJobs,
        @JsonProperty("deleted_people") List<Long> deletedPeople,
        @JsonProperty("deleted_workflows") List<Long> deletedWorkflows,
        @JsonProperty("changed_jobs") List<Long> changedJobs,
        @JsonProperty("closed_jobs") List<Long> closedJobs,
        @JsonProperty("changed_people") List<Long> changedPeople,
        @JsonProperty("moved_workflows") List<Long> movedWorkflows,
        @JsonProperty("created_people") List<Long> createdPeople,
        @JsonProperty("created_workflows") List<Long> createdWorkflows) {

    public IcimsMutationResult {
        deletedJobs = List.copyOf(deletedJobs);
        deletedPeople = List.copyOf(deletedPeople);
        deletedWorkflows = List.copyOf(deletedWorkflows);
        changedJobs = List.copyOf(changedJobs);
        closedJobs = List.copyOf(closedJobs);
        changedPeople = List.copyOf(changedPeople);
        movedWorkflows = List.copyOf(movedWorkflows);
        createdPeople = List.copyOf(createdPeople);
        createdWorkflows = List.copyOf(createdWorkflows);
    }
}
