package dev.atrium.sandbox.sagehr.store;

import dev.atrium.sandbox.sagehr.generate.Timeline;
import dev.atrium.sandbox.sagehr.model.Applicant;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.support.store.EditableRecords;
import dev.atrium.sandbox.support.store.IndexesByParent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything that changed since the data set was generated: edits, deletions, created applicants
 * and the logical clock that dates them. The generated base is never touched.
 * Not thread-safe: {@link SageHrStore} guards it.
 */
final class Overlay {

    final EditableRecords<RecruitmentPosition> positions;
    /** Generated applicant indexes deleted one by one, per position, ascending. */
    final IndexesByParent deletedBase = new IndexesByParent();
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
        this.positions = new EditableRecords<>(basePositions);
        this.nextApplicantId = firstCreatedId;
    }

    /** Advances the logical clock; writes are dated by it so that replays give identical data. */
    Instant tick(Duration step) {
        clock = clock.plus(step);
        return clock;
    }

    void addCreated(Applicant applicant) {
        created.put(applicant.id(), applicant);
        createdByPosition.computeIfAbsent(applicant.positionIndex(), p -> new ArrayList<>()).add(applicant.id());
        if (applicant.email() != null) {
            createdByEmail.computeIfAbsent(applicant.email().toLowerCase(Locale.ROOT), e -> new ArrayList<>()).add(applicant.id());
        }
    }
}
