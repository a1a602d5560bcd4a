package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.model.Status;
import dev.atrium.sandbox.icims.model.Workflow;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import dev.atrium.sandbox.support.generate.RepeatPeople;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Computes generated recruiting workflow {@code w} on demand: its job is the owner of slot {@code w}, its
 * person is candidate {@code w} or, for a repeat applicant, an earlier candidate; statuses lean to rejected
 * and hired on closed jobs.
 */
final class WorkflowGenerator {

    private static final int ARRIVAL = 4401;
    private static final int REPEAT = 4402;
    private static final int REPEAT_TARGET = 4403;
    private static final int STATUS = 4404;
    private static final int SOURCE = 4405;
    private static final int UPDATED = 4406;
    private static final int FORMAT = 4407;
    private static final int[] SOURCE_WEIGHTS = {35, 25, 12, 6, 10, 12};
    private static final List<String> BOARDS = List.of("Indeed", "LinkedIn", "ZipRecruiter", "Glassdoor");

    private final SeededHash hash;
    private final List<Job> jobs;
    private final BlockLayout layout;
    private final RepeatPeople repeats;

    WorkflowGenerator(SeededHash hash, List<Job> jobs, BlockLayout layout) {
        this.hash = hash;
        this.jobs = jobs;
        this.layout = layout;
        this.repeats = new RepeatPeople(hash, layout, REPEAT, REPEAT_TARGET, 0.08);
    }

    /** The candidate index of the person behind workflow slot {@code w}. */
    int personOf(int w) {
        return repeats.personOf(w);
    }

    /** When slot {@code w} arrived on its job: the first-seen time of candidate {@code w}. */
    Instant arrival(int w) {
        int j = layout.ownerOf(w);
        Job job = jobs.get(j);
        Instant open = job.created().plus(Duration.ofDays(1));
        Instant close = Lists.isClosedFolder(job.folder()) ? job.updated() : IcimsTimeline.NEWEST.minus(Duration.ofHours(1));
        if (!close.isAfter(open)) {
            close = open.plusSeconds(3600);
        }
        Instant at = layout.arrival(j, w, hash.unit(ARRIVAL, w), open, close);
        return at.isAfter(IcimsTimeline.NEWEST) ? IcimsTimeline.NEWEST : at;
    }

    Workflow workflow(int w, Instant personCreated) {
        int j = layout.ownerOf(w);
        Job job = jobs.get(j);
        Instant created = arrival(w);
        // A repeat applicant applies after they were first seen.
        if (!created.isAfter(personCreated)) {
            created = personCreated.plus(Duration.ofHours(1));
        }
        created = created.isAfter(IcimsTimeline.NEWEST) ? IcimsTimeline.NEWEST : created;
        int[] weights = Lists.isClosedFolder(job.folder()) ? StatusCatalog.CLOSED_WEIGHTS : StatusCatalog.OPEN_WEIGHTS;
        Status status = StatusCatalog.ALL.get(hash.weighted(STATUS, w, weights));
        Instant updated = created;
        if (status != StatusCatalog.RECENTLY_APPLIED) {
            double u = hash.unit(UPDATED, w);
            updated = created.plusSeconds(60 * (long) (60 * 24 * (1 + u * 60)));
            updated = updated.isAfter(IcimsTimeline.NEWEST) ? IcimsTimeline.NEWEST : updated;
        }
        String source = Lists.SOURCES.get(hash.weighted(SOURCE, w, SOURCE_WEIGHTS));
        String sourceName = switch (source) {
            case "Job Board" -> hash.pick(SOURCE, w + 1L, BOARDS);
            case "Other (Please Specify)" -> "Applicant from previous year";
            default -> null;
        };
        return new Workflow(IcimsDataset.workflowId(w), j, job.id(), IcimsDataset.candidateId(personOf(w)), status, source,
                sourceName, Lists.ORIGIN_PORTAL, interviewed(status) ? hash.pick(FORMAT, w, CustomFields.INTERVIEW_FORMATS) : null,
                "Employee Referral".equals(source) ? "Referred by a colleague in " + job.department().value() : null,
                created, updated);
    }

    /** Whether a status lies at or past the first interview in admin order (rejections after an interview too). */
    private static boolean interviewed(Status status) {
        int at = StatusCatalog.ALL.indexOf(status);
        return (at >= 4 && at <= 9) || status.id().equals("C38355");
    }
}
