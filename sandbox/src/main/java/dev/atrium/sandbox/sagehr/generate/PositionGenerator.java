package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.sagehr.SageHrCounts;
import dev.atrium.sandbox.sagehr.model.DescriptionBlock;
import dev.atrium.sandbox.sagehr.model.HiringTeamMember;
import dev.atrium.sandbox.sagehr.model.Pipeline;
import dev.atrium.sandbox.sagehr.model.PositionStatus;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.support.SeededHash;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the recruitment positions: every status, spread over two years, each with team and pipeline. */
final class PositionGenerator {

    private static final int STATUS = 201;
    private static final int CREATED = 202;
    private static final int INTERNAL = 203;
    private static final int CLOSED = 204;
    private static final int LINK = 205;
    private static final int TEAM = 206;
    private static final int REQUIRED = 207;
    private static final int EMPLOYMENT = 208;
    private static final int LOCATION = 209;
    private static final int GROUP = 210;
    private static final int PRIORITY = 211;
    private static final int TITLE = 212;
    private static final int HIRING_TEAM = 213;
    private static final int PIPELINE = 214;
    private static final int BLOCKS = 215;
    private static final int FIX_STATUS = 216;
    private static final int PIPELINE_TIME = 217;
    // Older positions are mostly closed, recent ones mostly open.
    private static final int[] OLD_WEIGHTS = {3, 20, 7, 45, 25};
    private static final int[] RECENT_WEIGHTS = {12, 55, 20, 8, 5};

    private final SeededHash hash;
    private final SageHrCounts counts;
    private final LocalDate today = Timeline.dateOf(Timeline.GENERATED_AT);

    PositionGenerator(SeededHash hash, SageHrCounts counts) {
        this.hash = hash;
        this.counts = counts;
    }

    List<RecruitmentPosition> generate() {
        PositionStatus[] statuses = statuses();
        List<RecruitmentPosition> positions = new ArrayList<>(counts.positions());
        for (int p = 0; p < counts.positions(); p++) {
            positions.add(position(p, statuses[p]));
        }
        return positions;
    }

    private PositionStatus[] statuses() {
        int n = counts.positions();
        PositionStatus[] statuses = new PositionStatus[n];
        for (int p = 0; p < n; p++) {
            int[] weights = p < n / 2 ? OLD_WEIGHTS : RECENT_WEIGHTS;
            statuses[p] = PositionStatus.values()[hash.weighted(STATUS, p, weights)];
        }
        // Guarantee every status when there is room, taking positions from the most common status.
        for (PositionStatus missing : PositionStatus.values()) {
            if (n < PositionStatus.values().length || contains(statuses, missing)) {
                continue;
            }
            PositionStatus common = mostCommon(statuses);
            int start = hash.below(FIX_STATUS, missing.ordinal(), n);
            for (int k = 0; k < n; k++) {
                int p = (start + k) % n;
                if (statuses[p] == common) {
                    statuses[p] = missing;
                    break;
                }
            }
        }
        return statuses;
    }

    private RecruitmentPosition position(int p, PositionStatus status) {
        double slot = (double) Timeline.HISTORY_DAYS / Math.max(1, counts.positions());
        LocalDate created = today.minusDays(Timeline.HISTORY_DAYS)
                .plusDays((long) (p * slot) + hash.below(CREATED, p, Math.max(1, (int) slot)));
        if (!created.isBefore(today)) {
            created = today.minusDays(1);
        }
        LocalDate internal = status == PositionStatus.DRAFT ? null : notAfterYesterday(created.plusDays(hash.below(INTERNAL, p, 10)));
        LocalDate closedOn = null;
        if (status.isClosed()) {
            int minDays = status == PositionStatus.COMPLETED ? 20 : 10;
            closedOn = notAfterYesterday(created.plusDays(minDays + hash.below(CLOSED, p, 100)));
            if (internal != null && closedOn.isBefore(internal)) {
                closedOn = internal;
            }
        }
        LocalDate completedAt = status == PositionStatus.COMPLETED ? closedOn : null;
        Instant pipelineAt = Timeline.startOf(created).plusSeconds(9 * 3600 + hash.below(PIPELINE_TIME, p, 8 * 3600));
        return new RecruitmentPosition(p, IdSpace.POSITION_BASE + p, hash.pick(TITLE, p, JobCatalog.RECRUITMENT_TITLES),
                status, created, internal, completedAt, closedOn,
                "https://talent.sage.hr/jobs/" + Long.toHexString(hash.bits(LINK, p)),
                hash.below(TEAM, p, counts.teams()), 1 + hash.weighted(REQUIRED, p, new int[] {6, 3, 1}),
                hash.pick(EMPLOYMENT, p, JobCatalog.EMPLOYMENT_TYPES),
                hash.below(LOCATION, p, counts.locations()), hash.below(GROUP, p, counts.groups()),
                hash.below(PRIORITY, p, 4), blocks(p), hiringTeam(p), pipeline(p), pipelineAt);
    }

    private LocalDate notAfterYesterday(LocalDate date) {
        LocalDate yesterday = today.minusDays(1);
        return date.isAfter(yesterday) ? yesterday : date;
    }

    private List<DescriptionBlock> blocks(int p) {
        List<DescriptionBlock> blocks = new ArrayList<>();
        blocks.add(new DescriptionBlock("About the role",
                "<p>" + hash.pick(BLOCKS, p, JobCatalog.ABOUT_SENTENCES) + "</p><p>"
                        + hash.pick(BLOCKS, p + 1_000_000L, JobCatalog.ABOUT_SENTENCES) + "</p>"));
        blocks.add(new DescriptionBlock("Requirements", list(p, 2_000_000L, JobCatalog.REQUIREMENTS)));
        if (hash.chance(BLOCKS, p + 3_000_000L, 0.7)) {
            blocks.add(new DescriptionBlock("What we offer", list(p, 4_000_000L, JobCatalog.BENEFITS)));
        }
        return blocks;
    }

    private String list(int p, long salt, List<String> items) {
        StringBuilder html = new StringBuilder("<ul>");
        int n = 2 + hash.below(BLOCKS, p + salt, 3);
        int start = hash.below(BLOCKS, p + salt + 1, items.size());
        for (int k = 0; k < n; k++) {
            html.append("<li>").append(items.get((start + k) % items.size()).replace("&", "&amp;")).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private List<HiringTeamMember> hiringTeam(int p) {
        int size = Math.min(counts.employees(), 2 + hash.below(HIRING_TEAM, p, 3));
        List<Integer> chosen = new ArrayList<>();
        for (long k = 0; chosen.size() < size; k++) {
            int e = hash.below(HIRING_TEAM, p * 1000L + k + 1, counts.employees());
            if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        List<HiringTeamMember> team = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            team.add(new HiringTeamMember(chosen.get(k), k == 0, hash.below(HIRING_TEAM, p * 1000L + 999, 1 << 20) + k));
        }
        return team;
    }

    private Pipeline pipeline(int p) {
        List<String> titles = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int m = 0; m < StageCatalog.MASTER.size(); m++) {
            String title = StageCatalog.MASTER.get(m);
            boolean optional = title.equals("Phone screen") || title.equals("Reference check");
            double keep = title.equals("Phone screen") ? 0.4 : 0.6;
            if (!optional || hash.chance(PIPELINE, p * 16L + m, keep)) {
                titles.add(title);
                indexes.add(m);
            }
        }
        return new Pipeline(titles, indexes);
    }

    private static boolean contains(PositionStatus[] statuses, PositionStatus wanted) {
        for (PositionStatus s : statuses) {
            if (s == wanted) {
                return true;
            }
        }
        return false;
    }

    private static PositionStatus mostCommon(PositionStatus[] statuses) {
        Map<PositionStatus, Integer> tally = new EnumMap<>(PositionStatus.class);
        for (PositionStatus s : statuses) {
            tally.merge(s, 1, Integer::sum);
        }
        return tally.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
