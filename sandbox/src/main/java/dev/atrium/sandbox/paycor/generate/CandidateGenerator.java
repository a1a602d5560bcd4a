package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.paycor.model.AtsCandidate;
import dev.atrium.sandbox.paycor.model.CandidateCodes;
import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import dev.atrium.sandbox.support.generate.RepeatPeople;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Computes generated candidate {@code index} on demand. Person fields (names, email, phones, address,
 * resume) derive from a person index, so some people apply to several jobs under one email with a
 * different candidate id each time; application fields (codes, source, dates) derive from the index.
 */
public final class CandidateGenerator {

    /** No generated candidate was modified later than this after it was created. */
    public static final Duration MAX_MODIFY_DELAY = Duration.ofDays(45);

    private static final int CREATED = 1601;
    private static final int UNCHANGED = 1602;
    private static final int DELAY = 1603;
    private static final int REPEAT = 1604;
    private static final int REPEAT_TARGET = 1605;
    private static final int CODES = 1606;
    private static final int STARTING = 1607;
    private static final int SOURCE = 1608;
    private static final int[] PASSIVE_WEIGHTS = {35, 10, 20, 15, 0, 0, 0, 0, 0, 20};
    private static final int[] SEEKER_WEIGHTS = {6, 45, 10, 18, 8, 5, 4, 4};
    // The vendor example shows source "1", so an id-like source is among the values.
    private static final List<String> SOURCES = List.of(
            "Indeed", "LinkedIn", "Careers Page", "ZipRecruiter", "Glassdoor", "Job Fair", "Facebook", "1");
    private static final int[] SOURCE_WEIGHTS = {24, 14, 20, 8, 5, 3, 3, 3, 2};
    private static final List<String> PASSIVE_SOURCES = List.of("Sourced", "LinkedIn", "Resume Import", "Career Fair");

    private final SeededHash hash;
    private final IdCodec ids;
    private final List<Job> jobs;
    private final List<JobWindow> windows;
    private final BlockLayout layout;
    private final double undocumentedShare;
    private final CandidatePeople people;
    // Some candidates are a person who applied earlier to another job.
    private final RepeatPeople repeats;

    CandidateGenerator(SeededHash hash, IdCodec ids, List<Job> jobs, List<JobWindow> windows, BlockLayout layout,
            double undocumentedShare) {
        this.hash = hash;
        this.ids = ids;
        this.jobs = jobs;
        this.windows = windows;
        this.layout = layout;
        this.undocumentedShare = undocumentedShare;
        this.people = new CandidatePeople(hash);
        this.repeats = new RepeatPeople(hash, layout, REPEAT, REPEAT_TARGET, 0.06);
    }

    public AtsCandidate candidate(int index) {
        int job = layout.ownerOf(index);
        Job j = jobs.get(job);
        CandidatePeople.Person p = people.person(repeats.personOf(index));
        int[] codes = codes(index);
        Integer startingStage = codes[0];
        Integer startingStatus = codes[1];
        double start = hash.unit(STARTING, index);
        if (start < 0.05) {
            startingStage = null;
            startingStatus = null;
        } else if (start < 0.17 && codes[0] == CandidateCodes.JOB_SEEKER) {
            startingStage = CandidateCodes.PASSIVE;
            startingStatus = 0;
        }
        return new AtsCandidate(index, ids.encode(IdCodec.Kind.CANDIDATE, index), job, j.id(), j.atsAccountId(),
                p.email(), p.firstName(), p.lastName(), p.preferredName(), startingStage, startingStatus, codes[0],
                codes[1], source(index, codes), p.mobilePhone(), p.altPhone(), p.altEmail(), p.address(),
                p.address2(), p.city(), p.state(), p.postalCode(), p.country(), createdAt(job, index),
                modifiedAt(job, index), p.resumeText());
    }

    /** Within a job, candidates arrive in index order across its window, so this never decreases with the index. */
    public Instant createdAt(int job, int index) {
        JobWindow w = windows.get(job);
        return layout.arrival(job, index, hash.unit(CREATED, index), w.open(), w.close());
    }

    /** Created time plus a delay of at most {@link #MAX_MODIFY_DELAY}; about a third were never modified. */
    public Instant modifiedAt(int job, int index) {
        Instant created = createdAt(job, index);
        if (hash.chance(UNCHANGED, index, 0.35)) {
            return created;
        }
        double u = hash.unit(DELAY, index);
        Instant modified = created.plusSeconds((long) (u * u * MAX_MODIFY_DELAY.getSeconds()));
        return modified.isAfter(DataTimeline.NEWEST) ? DataTimeline.NEWEST : modified;
    }

    /** First index of the job's block created at or after {@code t}; the block end when there is none. */
    public int firstCreatedAtOrAfter(int job, Instant t) {
        int lo = layout.start(job);
        int hi = layout.end(job);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (createdAt(job, mid).isBefore(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Last index of the job's block created at or before {@code t}; one before the block start when there is none. */
    public int lastCreatedAtOrBefore(int job, Instant t) {
        int lo = layout.start(job);
        int hi = layout.end(job);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (createdAt(job, mid).isAfter(t)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    /** {stage, status}: mostly job seekers, some passive candidates, a few codes outside the documented table. */
    private int[] codes(int index) {
        double roll = hash.unit(CODES, index);
        if (roll < undocumentedShare) {
            return new int[] {2 + hash.below(CODES, index + 0x5555_5555L, 2), hash.below(CODES, index + 0x2222_2222L, 6)};
        }
        if (roll < undocumentedShare + 0.14) {
            return new int[] {CandidateCodes.PASSIVE, hash.weighted(CODES, index + 0x3333_3333L, PASSIVE_WEIGHTS)};
        }
        return new int[] {CandidateCodes.JOB_SEEKER, hash.weighted(CODES, index + 0x4444_4444L, SEEKER_WEIGHTS)};
    }

    private String source(int index, int[] codes) {
        if (codes[0] == CandidateCodes.JOB_SEEKER) {
            switch (codes[1]) {
                case CandidateCodes.INTERNAL_REFERRAL:
                    return "Employee Referral";
                case CandidateCodes.AGENCY_RESPONSE, CandidateCodes.AGENCY_REFERRAL:
                    return "Agency";
                case CandidateCodes.GRAVITY_REFERRAL:
                    return "Gravity";
                default:
                    break;
            }
        } else if (codes[0] == CandidateCodes.PASSIVE) {
            return hash.pick(SOURCE, index, PASSIVE_SOURCES);
        }
        int kind = hash.weighted(SOURCE, index, SOURCE_WEIGHTS);
        return kind < SOURCES.size() ? SOURCES.get(kind) : null;
    }
}
