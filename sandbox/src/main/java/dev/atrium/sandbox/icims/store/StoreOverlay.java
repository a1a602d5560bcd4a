package dev.atrium.sandbox.icims.store;

import dev.atrium.sandbox.icims.generate.IcimsTimeline;
import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Workflow;
import dev.atrium.sandbox.support.store.EditableRecords;
import dev.atrium.sandbox.support.store.WriteClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that changed since the data set was generated: edited, deleted and created people and workflows,
 * edited and closed jobs, uploaded resumes, and the clock that dates them. Not thread-safe: {@link IcimsStore}
 * guards it.
 */
final class StoreOverlay {

    final EditableRecords<Job> jobs;
    final Map<Long, Person> changedPeople = new HashMap<>();
    final Set<Long> deletedPeople = new HashSet<>();
    final List<Person> createdPeople = new ArrayList<>();
    final Map<Long, Workflow> changedWorkflows = new HashMap<>();
    final Set<Long> deletedWorkflows = new HashSet<>();
    final List<Workflow> createdWorkflows = new ArrayList<>();
    final Map<Long, Resume> resumes = new HashMap<>();
    long mutationCalls;
    final WriteClock clock = new WriteClock(IcimsTimeline.CLOCK_START);

    StoreOverlay(List<Job> baseJobs) {
        this.jobs = new EditableRecords<>(baseJobs);
    }

}
