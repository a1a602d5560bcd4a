package dev.atrium.sandbox.sagehr.store;

import dev.atrium.sandbox.sagehr.generate.Timeline;
import dev.atrium.sandbox.sagehr.model.Applicant;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that changed since the data set was generated: edits, deletions, created applicants
 * and the logical clock that dates them. The generated base is never touched.
 * Not thread-safe: {@link SageHrStore} guards it.
 */
final class Overlay {

    final RecruitmentPosition[] positions;
    final BitSet deletedPositions = new BitSet();
    final Set<Long> changedPositionIds = new HashSet<>();
    final Set<Long> closedPositionIds = new HashSet<>();
    /** Generated applicant indexes deleted one by one, per position, ascending. */
    final Map<Integer, TreeSet<Integer>> deletedBase = new HashMap<>();
    final Set<Long> deletedCreated = new HashSet<>();
    final Map<Long, Applicant> changedApplicants = new HashMap<>();
    final Map<Long, Applicant> created = new LinkedHashMap<>();
    final Map<Integer, List<Long>> createdByPosition = new HashMap<>();
    final Map<String, List<Long>> createdByEmail = new HashMap<>();
    long deletedApplicantCount;
    long removedWithPositionsCount;
    long nextApplicantId;
    long mutationCalls;
    private Instant clock = Timeline.GENERATED_AT;

    Overlay(List<RecruitmentPosition> basePositions, long firstCreatedId) {
        this.positions = basePositions.toArray(new RecruitmentPosition[0]);
        this.nextApplicantId = firstCreatedId;
    }

    /** Advances the logical clock; writes are dated by it so that replays give identical data. */
    Instant tick(Duration step) {
        clock = clock.plus(step);
        return clock;
    }

    NavigableSet<Integer> deletedBase(int position) {
        NavigableSet<Integer> deleted = deletedBase.get(position);
        return deleted == null ? Collections.emptyNavigableSet() : deleted;
    }

    void addCreated(Applicant applicant) {
        created.put(applicant.id(), applicant);
        createdByPosition.computeIfAbsent(applicant.positionIndex(), p -> new ArrayList<>()).add(applicant.id());
        if (applicant.email() != null) {
            createdByEmail.computeIfAbsent(applicant.email().toLowerCase(Locale.ROOT), e -> new ArrayList<>()).add(applicant.id());
        }
    }
}
