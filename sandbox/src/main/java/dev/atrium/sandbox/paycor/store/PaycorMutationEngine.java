package dev.atrium.sandbox.paycor.store;

import dev.atrium.sandbox.paycor.PaycorMutationRequest;
import dev.atrium.sandbox.paycor.PaycorMutationResult;
import dev.atrium.sandbox.paycor.generate.ChangeVocabulary;
import dev.atrium.sandbox.paycor.model.AtsCandidate;
import dev.atrium.sandbox.paycor.model.CandidateCodes;
import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.paycor.model.JobPriority;
import dev.atrium.sandbox.paycor.model.JobStatus;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.SeededSequence;
import dev.atrium.sandbox.support.generate.PersonNames;
import dev.atrium.sandbox.support.store.MutationTargets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies control-API mutations to the store. Targets are drawn from a sequence seeded by the data seed
 * and the number of earlier calls, so the same calls on the same seed touch the same records.
 */
public final class PaycorMutationEngine {

    private static final int STREAM = 1901;

    private final PaycorStore store;
    private final long seed;

    public PaycorMutationEngine(PaycorStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    public PaycorMutationResult apply(PaycorMutationRequest request) {
        synchronized (store) {
            SeededSequence rng = new SeededSequence(SeededHash.mix(seed + store.nextMutationCall()), STREAM);
            MutationTargets targets = new MutationTargets(rng);
            // A batch starts on a later second than every earlier write, so a filter from the last one is exact.
            store.tick(Duration.ofSeconds(1));
            List<String> deletedJobs = new ArrayList<>();
            List<String> removedWithJobs = new ArrayList<>();
            for (Job job : pickJobs(targets, request.deleteJobs(), j -> true)) {
                removedWithJobs.addAll(store.deleteJob(job));
                deletedJobs.add(job.id());
            }
            Set<Long> touched = new HashSet<>();
            List<String> deletedCandidates = new ArrayList<>();
            for (AtsCandidate c : pickCandidates(targets, request.deleteCandidates(), touched)) {
                store.deleteCandidate(c);
                deletedCandidates.add(c.id());
            }
            List<String> changedJobs = new ArrayList<>();
            for (Job job : pickJobs(targets, request.changeJobs(), j -> true)) {
                store.replaceJob(edit(rng, job), false);
                changedJobs.add(job.id());
            }
            List<String> closedJobs = new ArrayList<>();
            for (Job job : pickJobs(targets, request.closeJobs(), j -> j.status() == JobStatus.ACTIVE || j.status() == JobStatus.ACTIVATING)) {
                store.replaceJob(job.closed(store.tick(Duration.ofMillis(1))), true);
                closedJobs.add(job.id());
            }
            List<String> changedCandidates = new ArrayList<>();
            for (AtsCandidate c : pickCandidates(targets, request.changeCandidates(), touched)) {
                store.replaceCandidate(edit(rng, c));
                changedCandidates.add(c.id());
            }
            List<String> created = create(rng, request.createCandidates());
            return new PaycorMutationResult(deletedJobs, removedWithJobs, deletedCandidates, changedJobs, closedJobs,
                    changedCandidates, created);
        }
    }

    private List<Job> pickJobs(MutationTargets targets, int count, Predicate<Job> eligible) {
        return targets.fromList(store.liveJobs().stream().filter(eligible).toList(), count);
    }

    /** Live candidates by ordinal, generated or created. */
    private List<AtsCandidate> pickCandidates(MutationTargets targets, int count, Set<Long> touched) {
        return targets.fromRange(0, store.ordinalRange(), count, store::isLive, touched).stream()
                .map(store::current).toList();
    }

    /** New title always; openings and priority move too, so the edit shows in several fields. */
    private Job edit(SeededSequence rng, Job job) {
        Instant at = store.tick(Duration.ofMillis(1));
        String title = ChangeVocabulary.otherTitle(job.title(), rng.nextInt(1 << 20));
        int openings = (job.openings() == null ? 1 : job.openings()) + 1 + rng.nextInt(2);
        JobPriority[] priorities = JobPriority.values();
        JobPriority priority = priorities[(job.priority().ordinal() + 1 + rng.nextInt(priorities.length - 1)) % priorities.length];
        return job.edited(title, openings, priority, at);
    }

    /** A new mobile phone always; half the time another documented status for the same stage. */
    private AtsCandidate edit(SeededSequence rng, AtsCandidate c) {
        Instant at = store.tick(Duration.ofMillis(1));
        String phone = ChangeVocabulary.mobilePhone(rng.nextInt(1 << 20));
        if (phone.equals(c.mobilePhone())) {
            phone = ChangeVocabulary.mobilePhone(rng.nextInt(1 << 20) + 1);
        }
        Integer status = c.status();
        if (c.stage() != null && CandidateCodes.isStage(c.stage()) && rng.nextUnit() < 0.5) {
            List<Integer> others = CandidateCodes.statuses(c.stage()).stream().filter(s -> !s.equals(c.status())).sorted().toList();
            status = others.get(rng.nextInt(others.size()));
        }
        return c.edited(phone, status, at);
    }

    private List<String> create(SeededSequence rng, int count) {
        List<Job> open = store.liveJobs().stream().filter(j -> j.status() == JobStatus.ACTIVE).toList();
        List<String> ids = new ArrayList<>();
        CandidateCreation creation = new CandidateCreation(store);
        for (int k = 0; k < count && !open.isEmpty(); k++) {
            Job job = open.get(rng.nextInt(open.size()));
            String first = ChangeVocabulary.NAMES.firstName(rng.nextInt(1 << 20));
            String last = ChangeVocabulary.NAMES.lastName(rng.nextInt(1 << 20));
            String email = PersonNames.emailLocalPart(first, last) + ".n" + (store.nextCreatedSeq() + 1) + "@example.com";
            String phone = rng.nextUnit() < 0.7 ? ChangeVocabulary.mobilePhone(rng.nextInt(1 << 20)) : null;
            CandidateForm form = new CandidateForm(job.id(), job.atsAccountId(), email, first, last, null, null, null,
                    CandidateCodes.JOB_SEEKER, 1, ChangeVocabulary.source(rng.nextInt(1 << 20)), phone, null, null,
                    null, null, null, null, null, null);
            CreateOutcome outcome = creation.create(form, 0);
            if (outcome.isCreated()) {
                ids.add(outcome.candidate().id());
            }
        }
        return ids;
    }
}
