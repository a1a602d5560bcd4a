package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Salary;
import dev.atrium.sandbox.support.SeededHash;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the jobs: every folder when there is room, two years of history, hiring teams drawn from the users. */
final class JobGenerator {

    private static final int KIND = 4201;
    private static final int CREATED = 4202;
    private static final int FOLDER = 4203;
    private static final int UPDATED = 4204;
    private static final int SHAPE = 4205;
    private static final int TEAM = 4206;
    private static final int PAY = 4207;
    private static final int CUSTOM = 4208;
    // In Lists.JOB_FOLDERS order: draft, pending, approved, on hold, closed, filled, cancelled.
    private static final int[] OLD_WEIGHTS = {1, 1, 8, 3, 35, 45, 7};
    private static final int[] RECENT_WEIGHTS = {10, 8, 60, 5, 6, 8, 3};
    private static final int[] OPENINGS = {1, 1, 1, 1, 2, 2, 3, 5, 10};

    private final SeededHash hash;

    JobGenerator(SeededHash hash) {
        this.hash = hash;
    }

    List<Job> generate(int n, List<Person> users) {
        ListNode[] folders = new ListNode[n];
        Instant[] created = new Instant[n];
        for (int j = 0; j < n; j++) {
            created[j] = IcimsTimeline.NEWEST.minus(Duration.ofDays(2 + hash.below(CREATED, j, IcimsTimeline.HISTORY_DAYS)))
                    .truncatedTo(ChronoUnit.DAYS).plusSeconds(60L * (8 * 60 + hash.below(CREATED, j + 0x1_0000L, 9 * 60)));
            boolean old = Duration.between(created[j], IcimsTimeline.NEWEST).toDays() > 200;
            folders[j] = Lists.JOB_FOLDERS.get(hash.weighted(FOLDER, j, old ? OLD_WEIGHTS : RECENT_WEIGHTS));
        }
        // Every folder shows up once there are enough jobs: the first jobs of the list take the missing ones.
        if (n >= Lists.JOB_FOLDERS.size()) {
            for (int f = 0; f < Lists.JOB_FOLDERS.size(); f++) {
                ListNode folder = Lists.JOB_FOLDERS.get(f);
                if (!List.of(folders).contains(folder)) {
                    folders[f * (n / Lists.JOB_FOLDERS.size())] = folder;
                }
            }
        }
        List<Long> recruiters = userIds(users, Lists.PERSON_RECRUITER);
        List<Long> managers = userIds(users, Lists.PERSON_HIRING_MANAGER);
        List<Job> jobs = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            jobs.add(build(j, created[j], folders[j], recruiters, managers));
        }
        return jobs;
    }

    private Job build(int j, Instant created, ListNode folder, List<Long> recruiters, List<Long> managers) {
        Vocabulary.JobKind kind = hash.pick(KIND, j, Vocabulary.JOBS);
        long room = Math.max(60, Duration.between(created, IcimsTimeline.NEWEST).getSeconds());
        Instant updated = created.plusSeconds(60 * (hash.belowLong(UPDATED, j, room) / 60));
        boolean posted = folder.equals(Lists.JOB_APPROVED) && hash.chance(SHAPE, j, 0.85);
        Instant postDate = posted ? created.plus(Duration.ofHours(4 + hash.below(SHAPE, j + 1L, 96))) : null;
        if (postDate != null && postDate.isAfter(updated)) {
            updated = postDate;
        }
        var location = hash.pick(SHAPE, j + 2L, Companies.LOCATIONS);
        Long secondary = hash.chance(TEAM, j + 2L, 0.3) ? hash.pick(TEAM, j + 3L, recruiters) : null;
        Salary min = null;
        Salary max = null;
        if (!hash.chance(PAY, j, 0.15)) {
            long step = "Hourly".equals(kind.timeframe()) ? 1 : 1000;
            long low = kind.payMin() + step * hash.below(PAY, j + 1L, 4);
            min = new Salary("USD", low, kind.timeframe());
            max = new Salary("USD", Math.max(low + step, kind.payMax() + step * hash.below(PAY, j + 2L, 4)), kind.timeframe());
        }
        // Some jobs ask a questionnaire of their own, the rest none.
        String form = hash.chance(CUSTOM, j, 0.65) ? hash.pick(CUSTOM, j + 1L, FormGenerator.jobFormNames()) : null;
        ListNode reason = hash.chance(CUSTOM, j + 2L, 0.8) ? hash.pick(CUSTOM, j + 3L, CustomFields.REASONS) : null;
        String number = created.atZone(ZoneOffset.UTC).getYear() + "-" + String.format(Locale.ROOT, "%04d", 1001 + j);
        return new Job(j, IcimsDataset.jobId(j), number, kind.title(), folder,
                Lists.POSITION_TYPES.get(hash.weighted(SHAPE, j + 3L, new int[] {70, 12, 8, 6, 4})), kind.department(),
                kind.category(), reason, form, OPENINGS[hash.below(SHAPE, j + 4L, OPENINGS.length)], overview(kind, location.value()),
                location, hash.pick(TEAM, j, managers), hash.pick(TEAM, j + 1L, recruiters), secondary, min, max, posted,
                postDate, created, updated);
    }

    private static String overview(Vocabulary.JobKind kind, String location) {
        return "<p>We are hiring a <strong>" + kind.title() + "</strong> in our " + kind.department().value()
                + " team (" + location.trim() + ").</p><ul><li>Work with a friendly team</li>"
                + "<li>Grow your skills</li></ul>";
    }

    private static List<Long> userIds(List<Person> users, ListNode folder) {
        List<Long> ids = users.stream().filter(u -> u.folder().equals(folder)).map(Person::id).toList();
        return ids.isEmpty() ? users.stream().map(Person::id).toList() : ids;
    }
}
