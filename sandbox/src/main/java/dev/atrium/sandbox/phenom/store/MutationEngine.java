package dev.atrium.sandbox.phenom.store;

import dev.atrium.sandbox.phenom.PhenomMutationRequest;
import dev.atrium.sandbox.phenom.PhenomMutationResult;
import dev.atrium.sandbox.phenom.generate.CandidateGenerator;
import dev.atrium.sandbox.phenom.generate.Vocabulary;
import dev.atrium.sandbox.phenom.generate.WorkflowCatalog;
import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.model.Candidate;
import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.phenom.model.JobStatus;
import dev.atrium.sandbox.phenom.model.Phone;
import dev.atrium.sandbox.phenom.model.User;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.SeededSequence;
import dev.atrium.sandbox.support.generate.PersonNames;
import dev.atrium.sandbox.support.generate.Rolls;
import dev.atrium.sandbox.support.store.MutationTargets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies control-API mutations to the store. Targets are drawn from a sequence seeded by the data seed and
 * the number of earlier calls, so the same calls on the same seed touch the same records.
 */
public final class MutationEngine {

    private static final int STREAM = 5901;
    private static final List<String> TITLES = List.of("Senior ", "Lead ", "Principal ", "Associate ");

    private final PhenomStore store;
    private final long seed;

    public MutationEngine(PhenomStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    public PhenomMutationResult apply(PhenomMutationRequest request, int duplicateStatus) {
        synchronized (store) {
            SeededSequence rng = new SeededSequence(SeededHash.mix(seed + store.nextMutationCall()), STREAM);
            MutationTargets targets = new MutationTargets(rng);
            store.tick(Duration.ofHours(1));
            List<String> deletedJobs = new ArrayList<>();
            for (Job job : pickJobs(targets, request.deleteJobs(), j -> true)) {
                store.deleteJob(job);
                deletedJobs.add(job.jobId());
            }
            Set<Long> touched = new HashSet<>();
            List<String> deletedApplications = new ArrayList<>();
            for (long i : targets.fromRange(0, store.applicationRange(), request.deleteApplications(), store::isLiveApplication, touched)) {
                store.deleteApplication(i);
                deletedApplications.add(store.currentApplication(i).applicationId());
            }
            List<String> changedJobs = new ArrayList<>();
            for (Job job : pickJobs(targets, request.changeJobs(), j -> true)) {
                store.replaceJob(edit(rng, job), false);
                changedJobs.add(job.jobId());
            }
            List<String> closedJobs = new ArrayList<>();
            for (Job job : pickJobs(targets, request.closeJobs(), j -> j.status().isPosted())) {
                store.replaceJob(job.withStatus(JobStatus.CLOSED), true);
                closedJobs.add(job.jobId());
            }
            List<String> changedApplications = new ArrayList<>();
            for (long i : targets.fromRange(0, store.applicationRange(), request.changeApplications(),
                    i -> store.isLiveApplication(i) && store.currentApplication(i).statusOrder() <= WorkflowCatalog.LAST_OPEN, touched)) {
                store.replaceApplication(advance(rng, store.currentApplication(i)));
                changedApplications.add(store.currentApplication(i).applicationId());
            }
            List<String> changedCandidates = new ArrayList<>();
            for (long p : targets.fromRange(0, store.personRange(), request.changeCandidates(), store::isPerson, new HashSet<>())) {
                Candidate c = store.currentCandidate(p);
                store.replaceCandidate(edit(rng, c));
                changedCandidates.add(c.candidateId());
            }
            List<String> created = create(rng, request.createApplications(), duplicateStatus);
            return new PhenomMutationResult(deletedJobs, deletedApplications, changedJobs, closedJobs,
                    changedApplications, changedCandidates, created);
        }
    }

    private List<Job> pickJobs(MutationTargets targets, int count, Predicate<Job> eligible) {
        return targets.fromList(store.liveJobs().stream().filter(eligible).toList(), count);
    }

    /** A new title and another hiring manager. */
    private Job edit(SeededSequence rng, Job job) {
        List<User> users = store.base().users();
        User manager = users.get(rng.nextInt(users.size()));
        if (manager.email().equals(job.hiringManagerEmail()) && users.size() > 1) {
            manager = users.get((users.indexOf(manager) + 1) % users.size());
        }
        String prefix = Rolls.pick(TITLES, rng.nextInt(1 << 20));
        String title = job.title().startsWith(prefix) ? job.title().substring(prefix.length()) : prefix + job.title();
        return job.edited(title, manager.email(), manager.fullName());
    }

    /** One stage forward, or a decision: hired from the last open stage, else sometimes rejected. */
    private Application advance(SeededSequence rng, Application a) {
        Instant at = store.tick(Duration.ofSeconds(1));
        double roll = rng.nextUnit();
        int next = roll < 0.25 ? WorkflowCatalog.REJECTED
                : a.statusOrder() == WorkflowCatalog.LAST_OPEN ? WorkflowCatalog.HIRED : a.statusOrder() + 1;
        return a.withStatus(next, at);
    }

    /** A new primary phone always, and a new last name. */
    private Candidate edit(SeededSequence rng, Candidate c) {
        Instant at = store.tick(Duration.ofSeconds(1));
        Phone phone = CandidateGenerator.mobile(rng.nextInt(1 << 20));
        if (!c.phones().isEmpty() && phone.equals(c.phones().get(0))) {
            phone = CandidateGenerator.mobile(rng.nextInt(1 << 20) + 1);
        }
        return c.edited(Rolls.pickOther(Vocabulary.NAMES.lastNames(), c.lastName(), rng.nextInt(1 << 20)), phone, at);
    }

    private List<String> create(SeededSequence rng, int count, int duplicateStatus) {
        List<Job> open = store.liveJobs().stream().filter(j -> j.status().isPosted()).toList();
        List<String> ids = new ArrayList<>();
        Applying applying = new Applying(store);
        for (int k = 0; k < count && !open.isEmpty(); k++) {
            Job job = open.get(rng.nextInt(open.size()));
            String first = Vocabulary.NAMES.firstName(rng.nextInt(1 << 20));
            String last = Vocabulary.NAMES.lastName(rng.nextInt(1 << 20));
            String email = PersonNames.emailLocalPart(first, last) + ".n" + (store.personRange() + 1) + "@example.com";
            Phone phone = CandidateGenerator.mobile(rng.nextInt(1 << 20));
            ApplyForm form = new ApplyForm(job.jobId(), first, "", last, email, phone.countryPhoneCode(),
                    phone.phoneNumber(), phone.deviceType(), Rolls.pick(Vocabulary.SOURCES, rng.nextInt(1 << 20)));
            ApplyOutcome outcome = applying.apply(form, duplicateStatus);
            if (outcome.isCreated()) {
                ids.add(outcome.application().applicationId());
            }
        }
        return ids;
    }
}
