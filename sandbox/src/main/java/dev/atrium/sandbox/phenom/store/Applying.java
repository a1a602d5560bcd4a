package dev.atrium.sandbox.phenom.store;

import dev.atrium.sandbox.phenom.generate.Ids;
import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.model.Candidate;
import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.phenom.model.Phone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Phenom apply: an application of a candidate, known by email or new, to a job. Kept in the store, so later
 * reads of applications, applicants and candidates show it. Field checks happen before this, at the HTTP layer.
 */
public final class Applying {

    private final PhenomStore store;

    public Applying(PhenomStore store) {
        this.store = store;
    }

    /**
     * @param duplicateStatus the status refusing a second application of one person to one job
     */
    public ApplyOutcome apply(ApplyForm form, int duplicateStatus) {
        synchronized (store) {
            Optional<Job> job = store.job(form.jobId());
            if (job.isEmpty()) {
                return ApplyOutcome.refused(404, "Job not found: " + form.jobId());
            }
            // The apply flow serves postable jobs only [G]: a closed one no longer takes applications.
            if (!job.get().status().isPosted()) {
                return ApplyOutcome.refused(400, "Job " + form.jobId() + " is not accepting applications");
            }
            Optional<Candidate> known = store.candidateByEmail(form.email());
            if (known.isPresent() && store.hasApplied(known.get().index(), job.get().index())) {
                return ApplyOutcome.refused(duplicateStatus, "Candidate has already applied to job " + form.jobId());
            }
            Instant at = store.tick(Duration.ofSeconds(1));
            Candidate candidate = known.orElseGet(() -> newCandidate(form, at));
            if (known.isEmpty()) {
                store.addCandidate(candidate);
            }
            long index = store.applicationRange();
            Application application = new Application(index, Ids.applicationId(index), job.get().index(),
                    job.get().jobId(), candidate.index(), 0, form.source() == null ? "Career Site" : form.source(), at, at);
            store.addApplication(application);
            return ApplyOutcome.created(application, candidate, known.isEmpty());
        }
    }

    private Candidate newCandidate(ApplyForm form, Instant at) {
        long index = store.personRange();
        List<Phone> phones = form.phoneNumber() == null || form.phoneNumber().isBlank() ? List.of()
                : List.of(new Phone(form.countryPhoneCode(), form.phoneNumber(),
                        form.deviceType() == null ? "Mobile" : form.deviceType()));
        return new Candidate(index, Ids.candidateId(index), form.firstName(),
                form.middleName() == null ? "" : form.middleName(), form.lastName(), List.of(form.email()), phones,
                null, null, null, null, form.source(), at, at);
    }
}
