package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/** How many records of each kind one mutation call deletes, edits, closes or creates; all optional. */
public record MutationRequest(
        @JsonProperty("delete_applicants") int deleteApplicants,
        @JsonProperty("change_applicants") int changeApplicants,
        @JsonProperty("delete_positions") int deletePositions,
        @JsonProperty("change_positions") int changePositions,
        @JsonProperty("close_positions") int closePositions,
        @JsonProperty("create_applicants") int createApplicants) {

    public static final int MAX_PER_KIND = 10_000;

    public MutationRequest {
        Ranges.requireEach("mutation counts", 0, MAX_PER_KIND,
                deleteApplicants, changeApplicants, deletePositions, changePositions, closePositions, createApplicants);
    }

    public static MutationRequest none() {
        return new MutationRequest(0, 0, 0, 0, 0, 0);
    }

    public MutationRequest withDeleteApplicants(int n) {
        return new MutationRequest(n, changeApplicants, deletePositions, changePositions, closePositions, createApplicants);
    }

    public MutationRequest withChangeApplicants(int n) {
        return new MutationRequest(deleteApplicants, n, deletePositions, changePositions, closePositions, createApplicants);
    }

    public MutationRequest withDeletePositions(int n) {
        return new MutationRequest(deleteApplicants, changeApplicants, n, changePositions, closePositions, createApplicants);
    }

    public MutationRequest withChangePositions(int n) {
        return new MutationRequest(deleteApplicants, changeApplicants, deletePositions, n, closePositions, createApplicants);
    }

    public MutationRequest withClosePositions(int n) {
        return new MutationRequest(deleteApplicants, changeApplicants, deletePositions, changePositions, n, createApplicants);
    }

    public MutationRequest withCreateApplicants(int n) {
        return new MutationRequest(deleteApplicants, changeApplicants, deletePositions, changePositions, closePositions, n);
    }
}
