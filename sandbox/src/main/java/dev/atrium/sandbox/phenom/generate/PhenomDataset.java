package dev.atrium.sandbox.phenom.generate;

import dev.atrium.sandbox.phenom.PhenomSettings;
import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.model.Candidate;
import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.phenom.model.JobStatus;
import dev.atrium.sandbox.phenom.model.User;
import dev.atrium.sandbox.phenom.model.WorkflowStatus;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import java.util.List;
import java.util.Locale;

/**
 * The generated base data set for one (seed, data settings): tenant, users, workflow statuses and jobs are
 * materialised; applications and candidates are computed on demand by index. Immutable; changes live in an overlay.
 */
public final class PhenomDataset {

    private static final int TENANT = 5001;
    private static final int EMPTY = 5002;
    private static final int WEIGHT = 5003;

    private final String companyName;
    private final String domain;
    private final List<User> users;
    private final List<WorkflowStatus> statuses;
    private final List<Job> jobs;
    private final BlockLayout layout;
    private final ApplicationGenerator applications;
    private final CandidateGenerator candidates;

    public PhenomDataset(long seed, PhenomSettings settings) {
        SeededHash hash = new SeededHash(seed);
        this.companyName = hash.pick(TENANT, 0, Vocabulary.TENANTS);
        this.domain = companyName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example.com";
        this.users = UserGenerator.generate(hash, settings.counts().users(), domain);
        this.statuses = WorkflowCatalog.generate(hash);
        this.jobs = new JobGenerator(hash, users, settings.internalJobShare()).generate(settings.counts().jobs());
        this.layout = layout(hash, jobs, settings.counts().applications());
        this.applications = new ApplicationGenerator(hash, jobs, layout, settings.placeholderJobIdShare());
        this.candidates = new CandidateGenerator(hash, layout.total(), p -> applications.appliedDate((int) p));
    }

    // Drafts take no applications; some other jobs none either; the rest by seeded weights.
    private static BlockLayout layout(SeededHash hash, List<Job> jobs, int total) {
        long[] weights = new long[jobs.size()];
        long sum = 0;
        for (int j = 0; j < jobs.size(); j++) {
            boolean empty = jobs.get(j).status() == JobStatus.DRAFT || hash.chance(EMPTY, j, 0.1);
            weights[j] = empty ? 0 : 1 + hash.below(WEIGHT, j, 9);
            sum += weights[j];
        }
        if (sum == 0 && total > 0) {
            for (int j = 0; j < jobs.size(); j++) {
                weights[j] = jobs.get(j).status() == JobStatus.DRAFT ? 0 : 1;
            }
        }
        return BlockLayout.apportion(weights, total);
    }

    /** The tenant name jobs carry in {@code companyName}. */
    public String companyName() {
        return companyName;
    }

    /** Where the tenant's career site and users' mailboxes live. */
    public String domain() {
        return domain;
    }

    public List<User> users() {
        return users;
    }

    public List<WorkflowStatus> statuses() {
        return statuses;
    }

    public List<Job> jobs() {
        return jobs;
    }

    public BlockLayout layout() {
        return layout;
    }

    /** Generated applications (and people) there are. */
    public int applicationTotal() {
        return layout.total();
    }

    public ApplicationGenerator applicationGenerator() {
        return applications;
    }

    public CandidateGenerator candidateGenerator() {
        return candidates;
    }

    public Application application(int index) {
        return applications.application(index);
    }

    /** Generated person {@code p}; only people whose own application is not a repeat exist. */
    public boolean isPerson(long p) {
        return p >= 0 && p < layout.total() && applications.personOf((int) p) == p;
    }

    public Candidate candidate(long p) {
        return candidates.candidate(p, applications.source(p));
    }

    /** The job index of a generated job id, or -1. */
    public int jobIndexOf(String jobId) {
        return JobGenerator.indexOf(jobId, jobs.size());
    }
}
