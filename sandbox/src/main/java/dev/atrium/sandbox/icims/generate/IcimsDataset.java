package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.IcimsCounts;
import dev.atrium.sandbox.icims.model.Form;
import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Workflow;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated base data set for one (seed, counts): users and jobs are materialised, candidate people and
 * their workflows are computed on demand by index, so a million of them cost no memory. Immutable; changes
 * live in the store's overlay. Ids are iCIMS-like integers, one range per kind, ascending with the index.
 */
public final class IcimsDataset {

    /** Users are people {@code 1..users}. */
    public static final long USER_BASE = 1;
    /** Candidate people start here, above every possible user id. */
    public static final long CANDIDATE_BASE = 10_001;
    public static final long JOB_BASE = 1001;
    public static final long WORKFLOW_BASE = 19_001;
    private static final int WEIGHT = 4501;

    private final IcimsCounts counts;
    private final List<Person> users;
    private final List<Job> jobs;
    private final List<Form> forms;
    private final BlockLayout layout;
    private final PersonGenerator people;
    private final WorkflowGenerator workflows;

    public IcimsDataset(long seed, IcimsCounts counts) {
        SeededHash hash = new SeededHash(seed);
        this.counts = counts;
        this.people = new PersonGenerator(hash);
        List<Person> u = new ArrayList<>(counts.users());
        for (int i = 0; i < counts.users(); i++) {
            u.add(people.user(i));
        }
        this.users = List.copyOf(u);
        this.forms = List.copyOf(new FormGenerator(hash).generate());
        this.jobs = List.copyOf(new JobGenerator(hash).generate(counts.jobs(), users));
        long[] weights = new long[jobs.size()];
        for (Job job : jobs) {
            boolean taking = !job.folder().equals(Lists.JOB_DRAFT) && !job.folder().equals(Lists.JOB_PENDING);
            weights[job.index()] = taking ? 1 + hash.below(WEIGHT, job.index(), 20) : 0;
        }
        this.layout = BlockLayout.apportion(weights, counts.people());
        this.workflows = new WorkflowGenerator(hash, jobs, layout);
    }

    public static long userId(int u) {
        return USER_BASE + u;
    }

    public static long candidateId(int p) {
        return CANDIDATE_BASE + p;
    }

    public static long jobId(int j) {
        return JOB_BASE + j;
    }

    public static long workflowId(int w) {
        return WORKFLOW_BASE + w;
    }

    public IcimsCounts counts() {
        return counts;
    }

    public List<Person> users() {
        return users;
    }

    public List<Job> jobs() {
        return jobs;
    }

    /** Every iForm, archived ones included, ascending by id. */
    public List<Form> forms() {
        return forms;
    }

    /** How many candidate people (and workflows) were generated. */
    public int candidates() {
        return layout.total();
    }

    public Person candidate(int p) {
        return people.candidate(p, workflows.arrival(p));
    }

    public Workflow workflow(int w) {
        return workflows.workflow(w, workflows.arrival(workflows.personOf(w)));
    }

    /** The job index of generated workflow {@code w}, without building it. */
    public int jobOfWorkflow(int w) {
        return layout.ownerOf(w);
    }

    /** The candidate index behind generated workflow {@code w}, without building it. */
    public int personOfWorkflow(int w) {
        return workflows.personOf(w);
    }

    /** First and past-the-end generated workflow index of one job. */
    public int[] workflowsOf(int job) {
        return new int[] {layout.start(job), layout.end(job)};
    }

    /** The node a user's job links show as value: "First L." as iCIMS abbreviates. */
    public static String shortName(Person p) {
        return p.firstName() + " " + p.lastName().charAt(0) + ".";
    }

    /** The closed folder, for the store's close mutation. */
    public static ListNode closedFolder() {
        return Lists.JOB_CLOSED;
    }
}
