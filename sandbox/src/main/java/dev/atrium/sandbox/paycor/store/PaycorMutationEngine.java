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
    private static final int PROBES = 64;

    private final PaycorStore store;
    private final long seed;

    public PaycorMutationEngine(PaycorStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    public PaycorMutationResult apply(PaycorMutationRequest request) {
        synchronized (store) {
            SeededSequence rng = new SeededSequence(SeededHash.mix(seed + store.nextMutationCall()), STREAM);
            // A batch starts on a later second than every earlier write, so a filter from the last one is exact.
            store.tick(Duration.ofSeconds(1));
            List<String> deletedJobs = new ArrayList<>();
            List<String> removedWithJobs = new ArrayList<>();
            for (Job job : pickJobs(rng, request.deleteJobs(), j -> true)) {
                removedWithJobs.addAll(store.deleteJob(job));
                deletedJobs.add(job.id());
            }
            Set<Long> touched = new HashSet<>();
            List<String> deletedCandidates = new ArrayList<>();
            for (AtsCandidate c : pickCandidates(rng, request.deleteCandidates(), touched)) {
                store.deleteCandidate(c);
                deletedCandidates.add(c.id());
            }
            List<String> changedJobs = new ArrayList<>();
            for (Job job : pickJobs(rng, request.changeJobs(), j -> true)) {
                store.replaceJob(edit(rng, job), false);
                changedJobs.add(job.id());
            }
            List<String> closedJobs = new ArrayList<>();
            for (Job job : pickJobs(rng, request.closeJobs(), j -> j.status() == JobStatus.ACTIVE || j.status() == JobStatus.ACTIVATING)) {
                store.replaceJob(job.closed(store.tick(Duration.ofMillis(1))), true);
                closedJobs.add(job.id());
            }
            List<String> changedCandidates = new ArrayList<>();
            for (AtsCandidate c : pickCandidates(rng, request.changeCandidates(), touched)) {
                store.replaceCandidate(edit(rng, c));
                changedCandidates.add(c.id());
            }
            List<String> created = create(rng, request.createCandidates());
            return new PaycorMutationResult(deletedJobs, removedWithJobs, deletedCandidates, changedJobs, closedJobs,
                    changedCandidates, created);
        }
    }

    private List<Job> pickJobs(SeededSequence rng, int count, Predicate<Job> eligible) {
        List<Job> candidates = new ArrayList<>(store.liveJobs().stream().filter(eligible).toList());
        List<Job> picked = new ArrayList<>();
        while (picked.size() < count && !candidates.isEmpty()) {
            picked.add(candidates.remove(rng.nextInt(candidates.size())));
        }
        return picked;
    }

    /** Random probes over the ordinal range; a sweep from a random point when probes keep missing. */
    private List<AtsCandidate> pickCandidates(SeededSequence rng, int count, Set<Long> touched) {
        List<AtsCandidate> picked = new ArrayList<>();
        long range = store.ordinalRange();
        while (picked.size() < count && range > 0) {
            long found = -1;
            for (int probe = 0; probe < PROBES && found < 0; probe++) {
                long ordinal = rng.nextLong(range);
                if (!touched.contains(ordinal) && store.isLive(ordinal)) {
                    found = ordinal;
                }
            }
            if (found < 0) {
                long start = rng.nextLong(range);
                for (long k = 0; k < range && found < 0; k++) {
                    long ordinal = (start + k) % range;
                    if (!touched.contains(ordinal) && store.isLive(ordinal)) {
                        found = ordinal;
                    }
                }
            }
            if (found < 0) {
                break;
            }
            touched.add(found);
            picked.add(store.current(found));
        }
        return picked;
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
            String first = ChangeVocabulary.firstName(rng.nextInt(1 << 20));
            String last = ChangeVocabulary.lastName(rng.nextInt(1 << 20));
            String email = ChangeVocabulary.emailPart(first) + "." + ChangeVocabulary.emailPart(last)
                    + ".n" + (store.nextCreatedSeq() + 1) + "@example.com";
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
