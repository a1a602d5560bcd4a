package dev.atrium.sandbox.digitalrecruiters.generate;

import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersCounts;
import dev.atrium.sandbox.digitalrecruiters.model.CustomField;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.model.JobAdStatus;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the job ads in every status; an ad is published before its first application and closed after its last. */
final class JobAdGenerator {

    private static final int STATUS = 201;
    private static final int IDS = 202;
    private static final int TEXT = 203;
    private static final int CONTRACT = 204;
    private static final int SALARY = 205;
    private static final int PLACE = 206;
    private static final int CUSTOM = 207;
    private static final int DATES = 208;
    private static final int WEIGHT = 209;
    // Older ads are mostly closed, recent ones mostly open; drafts stay rare.
    private static final int[] OLD_WEIGHTS = {15, 3, 2, 80};
    private static final int[] RECENT_WEIGHTS = {62, 15, 8, 15};

    private final SeededHash hash;
    private final DigitalRecruitersCounts counts;

    JobAdGenerator(SeededHash hash, DigitalRecruitersCounts counts) {
        this.hash = hash;
        this.counts = counts;
    }

    /** Every status appears once there are at least four ads. */
    JobAdStatus[] statuses() {
        int n = counts.jobAds();
        JobAdStatus[] statuses = new JobAdStatus[n];
        for (int p = 0; p < n; p++) {
            statuses[p] = JobAdStatus.values()[hash.weighted(STATUS, p, p < n / 2 ? OLD_WEIGHTS : RECENT_WEIGHTS)];
        }
        if (n >= JobAdStatus.values().length) {
            for (JobAdStatus s : JobAdStatus.values()) {
                if (!java.util.Arrays.asList(statuses).contains(s)) {
                    // Old slots for closed ads, recent ones for the rest, so the time pattern holds.
                    statuses[s == JobAdStatus.CLOSED ? s.ordinal() : n - 1 - s.ordinal()] = s;
                }
            }
        }
        return statuses;
    }

    /** Drafts never receive applications; the others by seeded weights. */
    BlockLayout layout(JobAdStatus[] statuses) {
        long[] weights = new long[statuses.length];
        for (int p = 0; p < statuses.length; p++) {
            weights[p] = statuses[p] == JobAdStatus.DRAFT ? 0 : 1 + hash.below(WEIGHT, p, 9);
        }
        return BlockLayout.apportion(weights, counts.applications());
    }

    List<JobAd> generate(JobAdStatus[] statuses, BlockLayout layout) {
        List<JobAd> ads = new ArrayList<>(statuses.length);
        for (int p = 0; p < statuses.length; p++) {
            ads.add(ad(p, statuses[p], layout));
        }
        return ads;
    }

    private JobAd ad(int p, JobAdStatus status, BlockLayout layout) {
        long total = layout.total();
        Instant first = layout.size(p) > 0 ? Timeline.arrival(layout.start(p), 0, total)
                : Timeline.FIRST_APPLICATION.plus(Duration.between(Timeline.FIRST_APPLICATION, Timeline.LAST_APPLICATION)
                        .multipliedBy(p + 1).dividedBy(Math.max(1, counts.jobAds())));
        Instant published = first.minus(Duration.ofHours(6 + hash.below(DATES, p, 20 * 24)));
        Instant created = published.minus(Duration.ofHours(2 + hash.below(DATES, p + 1L, 96)));
        Instant closed = null;
        if (status == JobAdStatus.CLOSED) {
            Instant last = layout.size(p) > 0 ? Timeline.arrival(layout.end(p) - 1L, 1, total) : published;
            closed = Timeline.notAfterLatest(last.plus(Duration.ofHours(1 + hash.below(DATES, p + 2L, 10 * 24))));
        }
        String contract = hash.pick(CONTRACT, p, Vocabulary.CONTRACT_TYPES);
        boolean fixedTerm = !contract.equals("CDI");
        Integer min = fixedTerm ? 3 + hash.below(CONTRACT, p + 1L, 10) : null;
        boolean salary = hash.chance(SALARY, p, 0.6);
        int from = 22_000 + 1_000 * hash.below(SALARY, p + 1L, 30);
        return new JobAd(p, IdSpace.JOB_AD_BASE + p, IdSpace.reference(hash.bits(IDS, p), p),
                IdSpace.hashId(hash.bits(IDS, p + 1_000_000L), p), status, hash.pick(TEXT, p, Vocabulary.TITLES),
                hash.pick(TEXT, p + 1L, Vocabulary.CATCH_PHRASES), contract, hash.pick(CONTRACT, p + 2L, Vocabulary.WORK_PERIODS),
                min, min == null ? null : min + 3 + hash.below(CONTRACT, p + 3L, 12),
                hash.pick(PLACE, p, Vocabulary.SERVICES), "SRV|" + (100 + hash.below(PLACE, p + 1L, 900)),
                hash.pick(TEXT, p + 2L, Vocabulary.EXPERIENCE_LEVELS), hash.pick(TEXT, p + 3L, Vocabulary.EDUCATION_LEVELS),
                "<p>" + hash.pick(TEXT, p + 4L, Vocabulary.DESCRIPTIONS).replace("&", "&amp;") + "</p>",
                "<p>" + hash.pick(TEXT, p + 5L, Vocabulary.PROFILES) + "</p>", skills(p),
                salary ? from : null, salary ? from + 2_000 + 1_000 * hash.below(SALARY, p + 2L, 15) : null,
                hash.pick(SALARY, p + 3L, Vocabulary.SALARY_KINDS), hash.below(PLACE, p + 2L, counts.entities()),
                hash.below(PLACE, p + 3L, counts.recruiters()), customFields(p), created,
                status == JobAdStatus.DRAFT ? null : published, closed);
    }

    private List<String> skills(int p) {
        List<String> skills = new ArrayList<>();
        int n = hash.below(TEXT, p + 6L, 4);
        int start = hash.below(TEXT, p + 7L, Vocabulary.SKILLS.size());
        for (int k = 0; k < n; k++) {
            skills.add(Vocabulary.SKILLS.get((start + k) % Vocabulary.SKILLS.size()));
        }
        return skills;
    }

    private List<CustomField> customFields(int p) {
        List<CustomField> fields = new ArrayList<>();
        for (int k = 0; k < Vocabulary.CUSTOM_FIELD_NAMES.size(); k++) {
            if (!hash.chance(CUSTOM, p * 8L + k, 0.5)) {
                continue;
            }
            String value = switch (k) {
                case 0 -> hash.chance(CUSTOM, p * 8L + 4, 0.5) ? "35" : "39";
                case 1 -> hash.pick(CUSTOM, p * 8L + 5, List.of("Non", "1 jour", "2 jours"));
                default -> "B-" + (1000 + hash.below(CUSTOM, p * 8L + 6, 9000));
            };
            fields.add(new CustomField(IdSpace.hashId(hash.bits(CUSTOM, k), k), Vocabulary.CUSTOM_FIELD_NAMES.get(k), value));
        }
        return fields;
    }
}
