package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.paycor.PaycorCounts;
import dev.atrium.sandbox.paycor.model.AtsDepartment;
import dev.atrium.sandbox.paycor.model.AtsLocation;
import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.paycor.model.JobPostings;
import dev.atrium.sandbox.paycor.model.JobPriority;
import dev.atrium.sandbox.paycor.model.JobStatus;
import dev.atrium.sandbox.paycor.model.JobUser;
import dev.atrium.sandbox.paycor.model.PayRange;
import dev.atrium.sandbox.paycor.model.RemoteStatus;
import dev.atrium.sandbox.paycor.model.UserRole;
import dev.atrium.sandbox.support.SeededHash;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the jobs: every status when there is room, two and a half years of history, hiring teams from a shared pool. */
final class JobGenerator {

    private static final int TITLE = 1201;
    private static final int CREATED = 1202;
    private static final int STATUS = 1203;
    private static final int FIX_STATUS = 1204;
    private static final int ACTIVATED = 1205;
    private static final int CLOSED = 1206;
    private static final int MODIFIED = 1207;
    private static final int SHAPE = 1208;
    private static final int TEAM = 1209;
    private static final int POSTING = 1210;
    private static final int PAY = 1211;
    // In JobStatus order: ACTIVE, ACTIVATING, APPROVING, CLOSED, DENIED, DRAFT, FILLED, REVIEWING.
    private static final int[] OLD_WEIGHTS = {10, 1, 1, 40, 6, 3, 38, 1};
    private static final int[] RECENT_WEIGHTS = {50, 6, 7, 8, 3, 12, 6, 8};
    private static final int[] PRIORITY_WEIGHTS = {15, 15, 50, 8, 12};
    private static final int[] REMOTE_WEIGHTS = {10, 55, 15, 20};
    private static final int[] OPENINGS = {1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 10};
    private static final int[] TIME_TO_FILL = {0, 0, 14, 30, 30, 45, 60, 90};

    private final SeededHash hash;
    private final IdCodec ids;
    private final PaycorCounts counts;
    private final Company company;
    private final JobText text;

    JobGenerator(SeededHash hash, IdCodec ids, PaycorCounts counts, Company company) {
        this.hash = hash;
        this.ids = ids;
        this.counts = counts;
        this.company = company;
        this.text = new JobText(hash, company);
    }

    /** The jobs and, in the same order, the windows in which each took applications. */
    record Generated(List<Job> jobs, List<JobWindow> windows) {
    }

    Generated generate() {
        int n = counts.jobs();
        Instant[] created = new Instant[n];
        JobStatus[] statuses = new JobStatus[n];
        for (int j = 0; j < n; j++) {
            created[j] = createdAt(j);
            boolean old = Duration.between(created[j], DataTimeline.NEWEST).toDays() > 240;
            statuses[j] = JobStatus.values()[hash.weighted(STATUS, j, old ? OLD_WEIGHTS : RECENT_WEIGHTS)];
        }
        guaranteeEveryStatus(statuses);
        List<Job> jobs = new ArrayList<>(n);
        List<JobWindow> windows = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            build(j, created[j], statuses[j], jobs, windows);
        }
        return new Generated(jobs, windows);
    }

    private Instant createdAt(int j) {
        long days = 3 + hash.below(CREATED, j, DataTimeline.HISTORY_DAYS - 3);
        long secondsOfDay = 8 * 3600 + hash.below(CREATED, j + 0x1_0000_0000L, 10 * 3600);
        return DataTimeline.NEWEST.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS)
                .plusSeconds(secondsOfDay);
    }

    private void guaranteeEveryStatus(JobStatus[] statuses) {
        int n = statuses.length;
        if (n < JobStatus.values().length) {
            return;
        }
        for (JobStatus missing : JobStatus.values()) {
            if (Arrays.asList(statuses).contains(missing)) {
                continue;
            }
            int[] tally = new int[JobStatus.values().length];
            for (JobStatus s : statuses) {
                tally[s.ordinal()]++;
            }
            int common = 0;
            for (int s = 1; s < tally.length; s++) {
                common = tally[s] > tally[common] ? s : common;
            }
            int start = hash.below(FIX_STATUS, missing.ordinal(), n);
            for (int k = 0; k < n; k++) {
                int j = (start + k) % n;
                if (statuses[j].ordinal() == common) {
                    statuses[j] = missing;
                    break;
                }
            }
        }
    }

    private void build(int j, Instant created, JobStatus status, List<Job> jobs, List<JobWindow> windows) {
        Instant latest = DataTimeline.NEWEST.minus(Duration.ofHours(2));
        Instant activated = null;
        Instant closed = null;
        if (status.wasActivated()) {
            activated = min(created.plusSeconds(3600 + hash.below(ACTIVATED, j, 7 * 86_400)), latest);
        }
        if (status == JobStatus.CLOSED || status == JobStatus.FILLED) {
            closed = min(activated.plus(Duration.ofDays(14 + hash.below(CLOSED, j, 137))), latest.plusSeconds(3600));
            if (!closed.isAfter(activated)) {
                closed = activated.plusSeconds(3600);
            }
        }
        Instant modified = modifiedAt(j, status, created, activated, closed);
        Instant open = activated != null ? activated : created.plusSeconds(3600);
        Instant close = closed != null ? closed : DataTimeline.NEWEST.minus(Duration.ofHours(1));
        windows.add(new JobWindow(open, close.isAfter(open) ? close : open.plusSeconds(3600)));

        JobCatalog.Entry entry = hash.pick(TITLE, j, JobCatalog.ENTRIES);
        int account = j % company.accounts().size();
        RemoteStatus remote = RemoteStatus.values()[hash.weighted(SHAPE, j, REMOTE_WEIGHTS)];
        AtsLocation location = location(j, remote);
        boolean confidential = hash.chance(SHAPE, j + 1L, 0.08);
        boolean internal = hash.chance(SHAPE, j + 2L, 0.15);
        AtsDepartment department = hash.chance(SHAPE, j + 3L, 0.06) ? null
                : company.departments().get(JobCatalog.departmentIndex(entry.department()));
        jobs.add(new Job(j, ids.encode(IdCodec.Kind.JOB, j), account, company.accounts().get(account).id(),
                String.valueOf(101 + j), entry.title(), text.description(j, entry, location),
                status, OPENINGS[hash.below(SHAPE, j + 4L, OPENINGS.length)],
                JobPriority.values()[hash.weighted(SHAPE, j + 5L, PRIORITY_WEIGHTS)], confidential, internal,
                TIME_TO_FILL[hash.below(SHAPE, j + 6L, TIME_TO_FILL.length)], remote,
                hash.chance(SHAPE, j + 7L, 0.1) ? null : entry.eeoCategory(), payRange(j, entry, location),
                location, department, team(j), activated, created, modified,
                postings(j, status, confidential, internal)));
    }

    private Instant modifiedAt(int j, JobStatus status, Instant created, Instant activated, Instant closed) {
        Instant modified;
        if (closed != null) {
            modified = closed.plusSeconds(hash.below(MODIFIED, j, 2 * 86_400));
        } else if (activated != null) {
            long room = Math.max(1, Duration.between(activated, DataTimeline.NEWEST).getSeconds());
            modified = activated.plusSeconds((long) (hash.unit(MODIFIED, j) * room));
        } else {
            modified = created.plusSeconds(hash.below(MODIFIED, j, 10 * 86_400));
        }
        return min(modified, DataTimeline.NEWEST);
    }

    private AtsLocation location(int j, RemoteStatus remote) {
        double none = remote == RemoteStatus.FULLY_REMOTE ? 0.6 : 0.05;
        return hash.chance(SHAPE, j + 8L, none) ? null : hash.pick(SHAPE, j + 9L, company.locations());
    }

    private PayRange payRange(int j, JobCatalog.Entry entry, AtsLocation location) {
        if (hash.chance(PAY, j, 0.15)) {
            return null;
        }
        double step = switch (entry.payPeriod()) {
            case "Yearly" -> 1000;
            case "Hourly" -> 0.25;
            default -> 50;
        };
        double minimum = round(entry.minimum() * (0.9 + 0.2 * hash.unit(PAY, j + 1L)), step);
        double maximum = round(minimum + (entry.maximum() - entry.minimum()) * (0.8 + 0.4 * hash.unit(PAY, j + 2L)), step);
        String currency = location != null && "CAN".equals(location.country()) ? "CAD" : "USD";
        return new PayRange(currency, minimum, Math.max(minimum, maximum), entry.payPeriod());
    }

    private Map<UserRole, List<JobUser>> team(int j) {
        Map<UserRole, List<JobUser>> team = new EnumMap<>(UserRole.class);
        team.put(UserRole.HIRING_MANAGERS, draw(j, 0, new int[] {5, 85, 10}));
        team.put(UserRole.RECRUITERS, draw(j, 1, new int[] {20, 70, 10}));
        team.put(UserRole.TEAM_MEMBERS, draw(j, 2, new int[] {35, 30, 20, 15}));
        team.put(UserRole.EXECUTIVES, draw(j, 3, new int[] {65, 35}));
        return team;
    }

    /** Distinct users for one list; how many is weighted by {@code sizeWeights}[n]. */
    private List<JobUser> draw(int j, int list, int[] sizeWeights) {
        List<JobUser> pool = company.users();
        int size = Math.min(pool.size(), hash.weighted(TEAM, j * 8L + list, sizeWeights));
        List<JobUser> picked = new ArrayList<>();
        for (int k = 0; picked.size() < size; k++) {
            // Seeded probes first; a sweep after that so a tiny pool cannot loop for long.
            JobUser user = k < 64 ? hash.pick(TEAM, (j * 8L + list) * 64 + k + 0x4000_0000L, pool) : pool.get(k % pool.size());
            if (!picked.contains(user)) {
                picked.add(user);
            }
        }
        return picked;
    }

    private JobPostings postings(int j, JobStatus status, boolean confidential, boolean internal) {
        if (status != JobStatus.ACTIVE || confidential) {
            return JobPostings.none();
        }
        boolean external = !internal;
        return new JobPostings(hash.chance(POSTING, j, 0.9),
                external && hash.chance(POSTING, j + 1L, 0.7), external && hash.chance(POSTING, j + 2L, 0.4),
                external && hash.chance(POSTING, j + 3L, 0.5), external && hash.chance(POSTING, j + 4L, 0.4),
                external && hash.chance(POSTING, j + 5L, 0.15));
    }

    private static double round(double value, double step) {
        return Math.max(step, Math.round(value / step) * step);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
