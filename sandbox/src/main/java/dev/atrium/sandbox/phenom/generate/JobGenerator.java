package dev.atrium.sandbox.phenom.generate;

import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.phenom.model.JobStatus;
import dev.atrium.sandbox.phenom.model.Recruiter;
import dev.atrium.sandbox.phenom.model.User;
import dev.atrium.sandbox.support.SeededHash;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the jobs: every status, internal and external ones, each with a hiring manager (most of them) and
 * recruiters taken from the users, some recruiter entries with an empty email as integrators report.
 */
final class JobGenerator {

    private static final int STATUS = 5301;
    private static final int SITE = 5302;
    private static final int ROLE = 5303;
    private static final int PLACE = 5304;
    private static final int POSTED = 5305;
    private static final int MANAGER = 5306;
    private static final int RECRUITERS = 5307;
    private static final int EMPTY_RECRUITER = 5308;
    private static final int ABOUT = 5309;
    private static final int FIX_STATUS = 5310;
    /** Job ids look like the ATS requisition numbers of the fact sheet's sample ({@code R-104233}). */
    static final int FIRST_JOB_NUMBER = 100_001;
    // Older jobs are mostly closed or filled, recent ones mostly open.
    private static final int[] OLD_WEIGHTS = {15, 5, 35, 40, 5};
    private static final int[] RECENT_WEIGHTS = {65, 10, 8, 7, 10};

    private final SeededHash hash;
    private final List<User> users;
    private final double internalShare;

    JobGenerator(SeededHash hash, List<User> users, double internalShare) {
        this.hash = hash;
        this.users = users;
        this.internalShare = internalShare;
    }

    List<Job> generate(int count) {
        JobStatus[] statuses = statuses(count);
        List<Job> jobs = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            jobs.add(job(j, statuses[j], count));
        }
        return List.copyOf(jobs);
    }

    static String jobId(int index) {
        return "R-" + (FIRST_JOB_NUMBER + index);
    }

    /** The job index of an id this generator handed out, or -1. */
    static int indexOf(String jobId, int count) {
        if (jobId == null || !jobId.matches("R-\\d{6,9}")) {
            return -1;
        }
        long index = Long.parseLong(jobId.substring(2)) - FIRST_JOB_NUMBER;
        return index >= 0 && index < count ? (int) index : -1;
    }

    private JobStatus[] statuses(int n) {
        JobStatus[] statuses = new JobStatus[n];
        for (int j = 0; j < n; j++) {
            statuses[j] = JobStatus.values()[hash.weighted(STATUS, j, j < n / 2 ? OLD_WEIGHTS : RECENT_WEIGHTS)];
        }
        // Every status shows up when there is room: a missing one replaces an open job from a seeded start.
        for (JobStatus missing : JobStatus.values()) {
            if (n < 2 * JobStatus.values().length || java.util.Arrays.asList(statuses).contains(missing)) {
                continue;
            }
            int start = hash.below(FIX_STATUS, missing.ordinal(), n);
            for (int k = 0; k < n; k++) {
                int j = (start + k) % n;
                if (statuses[j] == JobStatus.OPEN && java.util.Arrays.stream(statuses).filter(s -> s == JobStatus.OPEN).count() > 1) {
                    statuses[j] = missing;
                    break;
                }
            }
        }
        return statuses;
    }

    private Job job(int j, JobStatus status, int count) {
        Vocabulary.Role role = hash.pick(ROLE, j, Vocabulary.ROLES);
        Vocabulary.Place place = hash.pick(PLACE, j, Vocabulary.PLACES);
        double slot = (double) Timeline.HISTORY_DAYS / Math.max(1, count);
        Instant posted = Timeline.GENERATED_AT.minus(Duration.ofDays(Timeline.HISTORY_DAYS))
                .plus(Duration.ofDays((long) (j * slot))).plusSeconds(hash.below(POSTED, j, 86_400 * Math.max(1, (int) slot)));
        if (posted.isAfter(Timeline.LATEST.minus(Duration.ofDays(1)))) {
            posted = Timeline.LATEST.minus(Duration.ofDays(1));
        }
        String siteType = hash.chance(SITE, j, internalShare) ? "internal" : "external";
        User manager = hash.chance(MANAGER, j, 0.85) ? hash.pick(MANAGER, j + 1L, users) : null;
        return new Job(j, jobId(j), jobId(j), role.title(), description(j, role), role.category(), place.locale(), siteType,
                status, manager == null ? null : manager.email(), manager == null ? null : manager.fullName(),
                recruiters(j, manager), place.city(), place.state(), place.country(), posted);
    }

    private List<Recruiter> recruiters(int j, User manager) {
        List<Recruiter> list = new ArrayList<>();
        int n = Math.min(users.size(), 1 + hash.weighted(RECRUITERS, j, new int[] {6, 3, 1}));
        for (long k = 0; list.size() < n && k < 64; k++) {
            User u = users.get(hash.below(RECRUITERS, j * 100L + k + 1, users.size()));
            // A hiring manager also listed as recruiter happens; the same recruiter twice does not.
            if (list.stream().noneMatch(r -> r.recruiterEmail().equals(u.email()))) {
                list.add(new Recruiter(u.email(), u.fullName()));
            }
        }
        if (hash.chance(EMPTY_RECRUITER, j, 0.2)) {
            list.add(hash.below(EMPTY_RECRUITER, j + 1L, list.size() + 1), new Recruiter("", hash.chance(EMPTY_RECRUITER, j + 2L, 0.5)
                    ? "" : (manager != null ? manager.fullName() : users.get(0).fullName())));
        }
        return list;
    }

    private String description(int j, Vocabulary.Role role) {
        StringBuilder html = new StringBuilder("<p><strong>").append(role.title()).append("</strong></p><p>")
                .append(hash.pick(ABOUT, j, Vocabulary.ABOUT)).append("</p><ul>");
        int start = hash.below(ABOUT, j + 1L, Vocabulary.REQUIREMENTS.size());
        for (int k = 0; k < 3; k++) {
            html.append("<li>").append(Vocabulary.REQUIREMENTS.get((start + k) % Vocabulary.REQUIREMENTS.size())
                    .replace("&", "&amp;")).append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
