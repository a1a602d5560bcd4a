package dev.atrium.sandbox.icims.store;

import dev.atrium.sandbox.icims.IcimsMutationRequest;
import dev.atrium.sandbox.icims.IcimsMutationResult;
import dev.atrium.sandbox.icims.generate.IcimsDataset;
import dev.atrium.sandbox.icims.generate.Lists;
import dev.atrium.sandbox.icims.generate.StatusCatalog;
import dev.atrium.sandbox.icims.generate.Vocabulary;
import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Phone;
import dev.atrium.sandbox.icims.model.Status;
import dev.atrium.sandbox.icims.model.Workflow;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.SeededSequence;
import dev.atrium.sandbox.support.generate.PersonNames;
import dev.atrium.sandbox.support.generate.Rolls;
import dev.atrium.sandbox.support.store.MutationTargets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Applies control-API mutations to the store. Targets are drawn from a sequence seeded by the data seed and
 * the number of earlier calls, so the same calls on the same seed touch the same records.
 */
public final class IcimsMutationEngine {

    private static final int STREAM = 4901;
    private static final List<String> TITLES = List.of("Senior Data Analyst", "Lead Warehouse Associate",
            "Customer Success Manager", "Principal Engineer", "Regional Store Manager", "Payroll Specialist");

    private final IcimsStore store;
    private final long seed;

    public IcimsMutationEngine(IcimsStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    public IcimsMutationResult apply(IcimsMutationRequest request) {
        synchronized (store) {
            SeededSequence rng = new SeededSequence(SeededHash.mix(seed + store.nextMutationCall()), STREAM);
            MutationTargets targets = new MutationTargets(rng);
            // A batch starts on a later minute than every earlier write, so an updateddate filter from it is exact.
            store.tick(Duration.ofSeconds(60));
            List<Long> deletedJobs = new ArrayList<>();
            for (Job job : targets.fromList(store.liveJobs(), request.deleteJobs())) {
                store.deleteJob(job);
                deletedJobs.add(job.id());
            }
            Set<Long> touchedPeople = new HashSet<>();
            List<Long> deletedPeople = pickCandidates(targets, request.deletePeople(), touchedPeople);
            deletedPeople.forEach(store::deletePerson);
            Set<Long> touchedWorkflows = new HashSet<>();
            List<Long> deletedWorkflows = pickWorkflows(targets, request.deleteWorkflows(), touchedWorkflows);
            deletedWorkflows.forEach(store::deleteWorkflow);
            List<Long> changedJobs = new ArrayList<>();
            for (Job job : targets.fromList(store.liveJobs(), request.changeJobs())) {
                store.replaceJob(job.edited(Rolls.pickOther(TITLES, job.title(), rng.nextInt(1 << 20)),
                        job.openings() + 1 + rng.nextInt(2), store.tick(Duration.ofMillis(1))), false);
                changedJobs.add(job.id());
            }
            List<Long> closedJobs = new ArrayList<>();
            List<Job> open = store.liveJobs().stream().filter(j -> !Lists.isClosedFolder(j.folder())).toList();
            for (Job job : targets.fromList(open, request.closeJobs())) {
                store.replaceJob(job.closed(Lists.JOB_CLOSED, store.tick(Duration.ofMillis(1))), true);
                closedJobs.add(job.id());
            }
            List<Long> changedPeople = pickCandidates(targets, request.changePeople(), touchedPeople);
            for (long id : changedPeople) {
                Person p = store.person(id).orElseThrow();
                List<Phone> phones = new ArrayList<>(p.phones());
                phones.add(new Phone(phones.size() + 1, Lists.PHONE_MOBILE,
                        String.format(Locale.ROOT, "617 555 02%02d", rng.nextInt(100))));
                String email = PersonNames.emailLocalPart(p.firstName(), p.lastName()) + ".c" + id + "@example.org";
                store.replacePerson(p.edited(phones, email, store.tick(Duration.ofMillis(1))));
            }
            List<Long> moved = pickWorkflows(targets, request.moveWorkflows(), touchedWorkflows);
            for (long id : moved) {
                Workflow w = store.workflow(id).orElseThrow();
                Status next = Rolls.pickOther(StatusCatalog.ALL, w.status(), rng.nextInt(1 << 20));
                store.replaceWorkflow(w.moved(next, store.tick(Duration.ofMillis(1))));
            }
            List<Long> createdPeople = new ArrayList<>();
            List<Long> createdWorkflows = new ArrayList<>();
            create(rng, request.createPeople(), createdPeople, createdWorkflows);
            return new IcimsMutationResult(deletedJobs, deletedPeople, deletedWorkflows, changedJobs, closedJobs,
                    changedPeople, moved, createdPeople, createdWorkflows);
        }
    }

    /** Live generated or created candidates (never users, whom jobs point at). */
    private List<Long> pickCandidates(MutationTargets targets, int count, Set<Long> touched) {
        long first = IcimsDataset.CANDIDATE_BASE;
        long end = store.personIdRanges()[2][1];
        return targets.fromRange(first, end - first, count, id -> store.person(id).isPresent(), touched);
    }

    private List<Long> pickWorkflows(MutationTargets targets, int count, Set<Long> touched) {
        long first = IcimsDataset.WORKFLOW_BASE;
        long end = store.workflowIdRanges()[1][1];
        return targets.fromRange(first, end - first, count, id -> store.workflow(id).isPresent(), touched);
    }

    private void create(SeededSequence rng, int count, List<Long> people, List<Long> workflows) {
        List<Job> open = store.liveJobs().stream().filter(j -> j.folder().equals(Lists.JOB_APPROVED)).toList();
        IcimsWrites writes = new IcimsWrites(store);
        for (int k = 0; k < count && !open.isEmpty(); k++) {
            Job job = open.get(rng.nextInt(open.size()));
            String first = Vocabulary.NAMES.firstName(rng.nextInt(1 << 20));
            String last = Vocabulary.NAMES.lastName(rng.nextInt(1 << 20));
            String email = PersonNames.emailLocalPart(first, last) + ".n" + (store.nextPersonId()) + "@example.com";
            WriteOutcome person = writes.createPerson(new PersonForm(first, null, last, email, List.of(), null));
            WriteOutcome workflow = writes.createWorkflow(job.id(), person.id(), null, "Job Board", "Indeed");
            people.add(person.id());
            workflows.add(workflow.id());
        }
    }
}
