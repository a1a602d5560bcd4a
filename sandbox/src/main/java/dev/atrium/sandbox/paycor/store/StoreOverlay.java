package dev.atrium.sandbox.paycor.store;

import dev.atrium.sandbox.paycor.generate.DataTimeline;
import dev.atrium.sandbox.paycor.model.AtsCandidate;
import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.support.store.EditableRecords;
import dev.atrium.sandbox.support.store.IndexesByParent;
import dev.atrium.sandbox.support.store.WriteClock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that changed since the data set was generated: edited and deleted jobs and candidates,
 * created candidates, and the clock that dates them. The generated base is never touched.
 * Not thread-safe: {@link PaycorStore} guards it.
 */
final class StoreOverlay {

    final EditableRecords<Job> jobs;
    /** Generated candidate indexes deleted one by one, per job. */
    final IndexesByParent deletedBase = new IndexesByParent();
    /** Generated candidate indexes that have an edited version in {@link #changed}, per job. */
    final IndexesByParent changedBase = new IndexesByParent();
    /** Edited candidates, generated or created, by ordinal. */
    final Map<Long, AtsCandidate> changed = new HashMap<>();
    /** Created candidates by creation sequence number. */
    final List<AtsCandidate> created = new ArrayList<>();
    final Map<Integer, List<Integer>> createdByJob = new HashMap<>();
    final BitSet deletedCreated = new BitSet();
    long deletedCandidates;
    long removedWithJobs;
    long mutationCalls;
    final WriteClock clock = new WriteClock(DataTimeline.CLOCK_START);

    StoreOverlay(List<Job> baseJobs) {
        this.jobs = new EditableRecords<>(baseJobs);
    }


    List<Integer> createdIn(int job) {
        return createdByJob.getOrDefault(job, List.of());
    }
}
