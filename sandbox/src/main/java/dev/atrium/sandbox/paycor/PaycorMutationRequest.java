package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.support.Ranges;

/** How many records of each kind one mutation call deletes, edits, closes or creates; all optional. */
public record PaycorMutationRequest(
        @JsonProperty("delete_candidates") int deleteCandidates,
        @JsonProperty("change_candidates") int changeCandidates,
        @JsonProperty("create_candidates") int createCandidates,
        @JsonProperty("delete_jobs") int deleteJobs,
        @JsonProperty("change_jobs") int changeJobs,
        @JsonProperty("close_jobs") int closeJobs) {

    public static final int MAX_PER_KIND = 10_000;

    public PaycorMutationRequest {
        Ranges.requireEach("mutation counts", 0, MAX_PER_KIND,
                deleteCandidates, changeCandidates, createCandidates, deleteJobs, changeJobs, closeJobs);
    }

    public static PaycorMutationRequest none() {
        return new PaycorMutationRequest(0, 0, 0, 0, 0, 0);
    }

    public PaycorMutationRequest withDeleteCandidates(int n) {
        return new PaycorMutationRequest(n, changeCandidates, createCandidates, deleteJobs, changeJobs, closeJobs);
    }

    public PaycorMutationRequest withChangeCandidates(int n) {
        return new PaycorMutationRequest(deleteCandidates, n, createCandidates, deleteJobs, changeJobs, closeJobs);
    }

    public PaycorMutationRequest withCreateCandidates(int n) {
        return new PaycorMutationRequest(deleteCandidates, changeCandidates, n, deleteJobs, changeJobs, closeJobs);
    }

    public PaycorMutationRequest withDeleteJobs(int n) {
        return new PaycorMutationRequest(deleteCandidates, changeCandidates, createCandidates, n, changeJobs, closeJobs);
    }

    public PaycorMutationRequest withChangeJobs(int n) {
        return new PaycorMutationRequest(deleteCandidates, changeCandidates, createCandidates, deleteJobs, n, closeJobs);
    }

    public PaycorMutationRequest withCloseJobs(int n) {
        return new PaycorMutationRequest(deleteCandidates, changeCandidates, createCandidates, deleteJobs, changeJobs, n);
    }
}
