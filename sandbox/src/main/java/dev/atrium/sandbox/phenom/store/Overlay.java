package dev.atrium.sandbox.phenom.store;

import dev.atrium.sandbox.phenom.generate.Timeline;
import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.model.Candidate;
import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.support.store.EditableRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that changed since the data set was generated: edits, deletions, applications and candidates
 * created through apply, and the logical clock that dates them. The generated base is never touched.
 * Not thread-safe: {@link PhenomStore} guards it.
 */
final class Overlay {

    final EditableRecords<Job> jobs;
    /** Generated application indexes deleted one by one, ascending. */
    final TreeSet<Integer> deletedGenerated = new TreeSet<>();
    final Set<Long> deletedCreated = new HashSet<>();
    final Map<Long, Application> changedApplications = new HashMap<>();
    final Map<Long, Candidate> changedCandidates = new HashMap<>();
    /** Created applications and candidates; their indexes continue after the generated ones. */
    final List<Application> createdApplications = new ArrayList<>();
    final List<Candidate> createdCandidates = new ArrayList<>();
    final Map<Integer, List<Long>> createdByJob = new HashMap<>();
    final Map<String, Long> createdCandidateByEmail = new HashMap<>();
    long mutationCalls;
    private Instant clock = Timeline.GENERATED_AT;

    Overlay(List<Job> baseJobs) {
        this.jobs = new EditableRecords<>(baseJobs);
    }

    /** Advances the logical clock; writes are dated by it so that replays give identical data. */
    Instant tick(Duration step) {
        clock = clock.plus(step);
        return clock;
    }

    Instant clock() {
        return clock;
    }

    void addApplication(Application application) {
        createdApplications.add(application);
        createdByJob.computeIfAbsent(application.jobIndex(), j -> new ArrayList<>()).add(application.index());
    }

    void addCandidate(Candidate candidate) {
        createdCandidates.add(candidate);
        for (String email : candidate.emails()) {
            createdCandidateByEmail.put(email.toLowerCase(Locale.ROOT), candidate.index());
        }
    }
}
