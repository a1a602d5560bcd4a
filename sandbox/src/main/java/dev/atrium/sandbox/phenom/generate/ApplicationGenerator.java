package dev.atrium.sandbox.phenom.generate;

import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.phenom.model.JobStatus;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import dev.atrium.sandbox.support.generate.RepeatPeople;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Computes generated application {@code index} on demand. Its job comes from the block layout, its candidate
 * from {@link RepeatPeople} (a few people apply to several jobs), its workflow status from the job's status:
 * filled jobs have their hire, closed ones mostly rejections, open ones applications in every stage.
 */
public final class ApplicationGenerator {

    private static final int PLACEHOLDER = 5501;
    private static final int OUTCOME = 5502;
    private static final int STAGE = 5503;
    private static final int ARRIVAL = 5504;
    private static final int DECISION = 5505;
    private static final int SOURCE = 5506;
    private static final int HIRE_SLOT = 5507;
    private static final int REPEAT = 5508;
    private static final int REPEAT_TARGET = 5509;
    /** How long a closed or filled job took applications. */
    private static final Duration CLOSED_WINDOW = Duration.ofDays(90);

    private final SeededHash hash;
    private final List<Job> jobs;
    private final BlockLayout layout;
    private final RepeatPeople repeats;
    private final double placeholderShare;

    ApplicationGenerator(SeededHash hash, List<Job> jobs, BlockLayout layout, double placeholderShare) {
        this.hash = hash;
        this.jobs = jobs;
        this.layout = layout;
        this.repeats = new RepeatPeople(hash, layout, REPEAT, REPEAT_TARGET, 0.05);
        this.placeholderShare = placeholderShare;
    }

    public Application application(int index) {
        int j = layout.ownerOf(index);
        Job job = jobs.get(j);
        Instant applied = appliedDate(index);
        int status = statusOf(index, job);
        Instant updated = status == 0 ? applied : decided(index, applied);
        String wireJobId = hash.chance(PLACEHOLDER, index, placeholderShare) ? "JOBID" : job.jobId();
        return new Application(index, Ids.applicationId(index), j, wireJobId, repeats.personOf(index), status,
                source(index), applied, updated);
    }

    /** Whose application this is: its own person, or an earlier applicant's. */
    public int personOf(int index) {
        return repeats.personOf(index);
    }

    public String source(long index) {
        return hash.pick(SOURCE, index, Vocabulary.SOURCES);
    }

    /** Within a job, applications arrive in index order between posting and closing. */
    public Instant appliedDate(int index) {
        Job job = jobs.get(layout.ownerOf(index));
        Instant open = job.postedDate().plus(Duration.ofHours(1));
        Instant close = job.status().isPosted() || job.status() == JobStatus.ON_HOLD ? Timeline.LATEST
                : min(Timeline.LATEST, open.plus(CLOSED_WINDOW));
        if (!close.isAfter(open)) {
            close = open.plus(Duration.ofHours(1));
        }
        return layout.arrival(job.index(), index, hash.unit(ARRIVAL, index), open, close);
    }

    private int statusOf(int index, Job job) {
        double roll = hash.unit(OUTCOME, index);
        int k = index - layout.start(job.index());
        switch (job.status()) {
            case FILLED:
                if (hash.below(HIRE_SLOT, job.index(), layout.size(job.index())) == k) {
                    return WorkflowCatalog.HIRED;
                }
                return roll < 0.7 ? WorkflowCatalog.REJECTED : roll < 0.8 ? WorkflowCatalog.WITHDRAWN : inProgress(index);
            case CLOSED:
                return roll < 0.65 ? WorkflowCatalog.REJECTED : roll < 0.75 ? WorkflowCatalog.WITHDRAWN : inProgress(index);
            case DRAFT:
                return 0;
            default:
                return roll < 0.03 ? WorkflowCatalog.HIRED : roll < 0.28 ? WorkflowCatalog.REJECTED
                        : roll < 0.32 ? WorkflowCatalog.WITHDRAWN : inProgress(index);
        }
    }

    // Skewed towards early stages: most applications never get far.
    private int inProgress(int index) {
        int n = WorkflowCatalog.LAST_OPEN + 1;
        return Math.min(hash.below(STAGE, index, n), hash.below(STAGE, index + 0x5555_5555L, n));
    }

    private Instant decided(int index, Instant applied) {
        long room = Math.max(600, Duration.between(applied, Timeline.LATEST).getSeconds());
        return applied.plusSeconds(600 + (long) (hash.unit(DECISION, index) * Math.min(room - 600, 40L * 86_400)));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
