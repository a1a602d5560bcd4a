package dev.atrium.sandbox.icims;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/**
 * How many records of each kind one mutation call deletes, edits, closes, moves or creates; all optional.
 * A created person always comes with a workflow on an open job.
 */
public record IcimsMutationRequest(
        @JsonProperty("delete_people") int deletePeople,
        @JsonProperty("change_people") int changePeople,
        @JsonProperty("create_people") int createPeople,
        @JsonProperty("delete_jobs") int deleteJobs,
        @JsonProperty("change_jobs") int changeJobs,
        @JsonProperty("close_jobs") int closeJobs,
        @JsonProperty("move_workflows") int moveWorkflows,
        @JsonProperty("delete_workflows") int deleteWorkflows) {

    public static final int MAX_PER_KIND = 10_000;

    public IcimsMutationRequest {
        Ranges.requireEach("mutation counts", 0, MAX_PER_KIND, deletePeople, changePeople, createPeople, deleteJobs,
                changeJobs, closeJobs, moveWorkflows, deleteWorkflows);
    }

    public static IcimsMutationRequest none() {
        return new IcimsMutationRequest(0, 0, 0, 0, 0, 0, 0, 0);
    }
}
