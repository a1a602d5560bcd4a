package dev.atrium.sandbox.paycor.store;

import dev.atrium.sandbox.paycor.generate.IdCodec;
import dev.atrium.sandbox.paycor.model.AtsAccount;
import dev.atrium.sandbox.paycor.model.AtsCandidate;
import dev.atrium.sandbox.paycor.model.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Stores a new candidate on a job, as {@code POST /v1/legalEntities/{id}/ats/candidates} does. */
public final class CandidateCreation {

    private static final Duration WRITE_STEP = Duration.ofMillis(1);

    private final PaycorStore store;

    public CandidateCreation(PaycorStore store) {
        this.store = store;
    }

    /**
     * @param closedJobStatus status refusing a create on a closed, filled or denied job; 0 accepts it
     */
    public CreateOutcome create(CandidateForm form, int closedJobStatus) {
        synchronized (store) {
            Optional<AtsAccount> account = store.account(form.atsAccountId());
            if (account.isEmpty()) {
                return CreateOutcome.refused(404, "Not Found", "The ATS account was not found.",
                        Map.of("atsAccountId", "No ATS account with this id exists for the legal entity."));
            }
            Optional<Job> found = store.job(account.get().index(), form.jobId());
            if (found.isEmpty()) {
                return CreateOutcome.refused(404, "Not Found", "The job was not found.",
                        Map.of("jobId", "No job with this id exists in the ATS account."));
            }
            Job job = found.get();
            if (closedJobStatus != 0 && job.status().isClosed()) {
                return CreateOutcome.refused(closedJobStatus, "Invalid State",
                        "The job is " + job.status().name() + " and does not accept candidates.",
                        Map.of("jobId", "Job status is " + job.status().name() + "."));
            }
            Instant now = store.tick(WRITE_STEP);
            int seq = store.nextCreatedSeq();
            long ordinal = store.base().layout().total() + (long) seq;
            AtsCandidate candidate = new AtsCandidate(ordinal, store.base().ids().encode(IdCodec.Kind.CREATED_CANDIDATE, seq),
                    job.index(), job.id(), job.atsAccountId(), form.email(), form.firstName(), form.lastName(),
                    form.preferredName(), form.startingStage() != null ? form.startingStage() : form.stage(),
                    form.startingStatus() != null ? form.startingStatus() : form.status(), form.stage(), form.status(),
                    form.source(), form.mobilePhone(), form.altPhone(), form.altEmail(), form.address(), form.address2(),
                    form.city(), form.state(), form.postalCode(), form.country(), now, now, null);
            store.addCreated(candidate);
            return CreateOutcome.created(candidate);
        }
    }
}
