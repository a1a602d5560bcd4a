package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The remote ids each kind of mutation touched, so a test can assert on exactly those records.
 * A kind may list fewer ids than asked for when not enough records qualify.
 *
 * @param applicantsRemovedWithPositions applicants that went away because their position was deleted
 */
public record MutationResult(
        @JsonProperty("deleted_positions") List<Long> deletedPositions,
        @JsonProperty("applicants_removed_with_positions") List<Long> applicantsRemovedWithPositions,
        @JsonProperty("deleted_applicants") List<Long> deletedApplicants,
        @JsonProperty("changed_positions") List<Long> changedPositions,
        @JsonProperty("closed_positions") List<Long> closedPositions,
        @JsonProperty("changed_applicants") List<Long> changedApplicants,
        @JsonProperty("created_applicants") List<Long> createdApplicants) {

    public MutationResult {
        deletedPositions = List.copyOf(deletedPositions);
        applicantsRemovedWithPositions = List.copyOf(applicantsRemovedWithPositions);
        deletedApplicants = List.copyOf(deletedApplicants);
        changedPositions = List.copyOf(changedPositions);
        closedPositions = List.copyOf(closedPositions);
        changedApplicants = List.copyOf(changedApplicants);
        createdApplicants = List.copyOf(createdApplicants);
    }
}
