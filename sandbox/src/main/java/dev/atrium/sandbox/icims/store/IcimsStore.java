package dev.atrium.sandbox.icims.store;

import dev.atrium.sandbox.icims.generate.IcimsDataset;
import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's current data: the generated base seen through the overlay of changes. Records are found by
 * their iCIMS id; a workflow is live only while its job and its person are. Every method is synchronised.
 */
public final class IcimsStore {

    private final IcimsDataset base;
    private StoreOverlay overlay;

    public IcimsStore(IcimsDataset base) {
        this.base = base;
        this.overlay = new StoreOverlay(base.jobs());
    }

    public IcimsDataset base() {
        return base;
    }

    /** Drops every change: back to the generated base and the clock's start. */
    public synchronized void reset() {
        overlay = new StoreOverlay(base.jobs());
    }

    public synchronized Instant clock() {
        return overlay.clock.now();
    }

    // ---- people

    /** Ids people may have, ascending, as {first, end} ranges: users, generated candidates, created people. */
    public synchronized long[][] personIdRanges() {
        long created = IcimsDataset.CANDIDATE_BASE + base.candidates();
        return new long[][] {{IcimsDataset.USER_BASE, IcimsDataset.USER_BASE + base.users().size()},
            {IcimsDataset.CANDIDATE_BASE, created}, {created, created + overlay.createdPeople.size()}};
    }

    public synchronized Optional<Person> person(long id) {
        if (overlay.deletedPeople.contains(id)) {
            return Optional.empty();
        }
        Person changed = overlay.changedPeople.get(id);
        if (changed != null) {
            return Optional.of(changed);
        }
        long u = id - IcimsDataset.USER_BASE;
        if (u >= 0 && u < base.users().size()) {
            return Optional.of(base.users().get((int) u));
        }
        long p = id - IcimsDataset.CANDIDATE_BASE;
        if (p >= 0 && p < base.candidates()) {
            return Optional.of(base.candidate((int) p));
        }
        long seq = p - base.candidates();
        return seq >= 0 && seq < overlay.createdPeople.size() ? Optional.of(overlay.createdPeople.get((int) seq)) : Optional.empty();
    }

    public synchronized Optional<Resume> uploadedResume(long personId) {
        return Optional.ofNullable(overlay.resumes.get(personId));
    }

    // ---- jobs

    public synchronized List<Job> liveJobs() {
        return overlay.jobs.live();
    }

    public synchronized Optional<Job> job(long id) {
        long j = id - IcimsDataset.JOB_BASE;
        if (j < 0 || j >= overlay.jobs.size() || overlay.jobs.isDeleted((int) j)) {
            return Optional.empty();
        }
        return Optional.of(overlay.jobs.get((int) j));
    }

    // ---- workflows

    public synchronized long[][] workflowIdRanges() {
        long created = IcimsDataset.WORKFLOW_BASE + base.candidates();
        return new long[][] {{IcimsDataset.WORKFLOW_BASE, created}, {created, created + overlay.createdWorkflows.size()}};
    }

    public synchronized Optional<Workflow> workflow(long id) {
        if (overlay.deletedWorkflows.contains(id)) {
            return Optional.empty();
        }
        Workflow w = overlay.changedWorkflows.get(id);
        if (w == null) {
            long g = id - IcimsDataset.WORKFLOW_BASE;
            if (g >= 0 && g < base.candidates()) {
                w = base.workflow((int) g);
            } else if (g >= base.candidates() && g - base.candidates() < overlay.createdWorkflows.size()) {
                w = overlay.createdWorkflows.get((int) (g - base.candidates()));
            }
        }
        // A workflow goes with its job and its person.
        if (w == null || overlay.jobs.isDeleted(w.jobIndex()) || person(w.personId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(w);
    }

    public synchronized StoreTotals totals() {
        long candidates = base.candidates() + overlay.createdPeople.size() - overlay.deletedPeople.size();
        return new StoreTotals(overlay.jobs.size() - overlay.jobs.deletedCount(), candidates, base.users().size(),
                overlay.jobs.deletedCount(), overlay.jobs.changedCount(), overlay.jobs.closedCount(),
                overlay.deletedPeople.size(), overlay.changedPeople.size(), overlay.createdPeople.size(),
                overlay.deletedWorkflows.size(), overlay.changedWorkflows.size(), overlay.createdWorkflows.size(),
                overlay.mutationCalls);
    }

    // ---- writes, used by IcimsWrites and IcimsMutationEngine

    synchronized Instant tick(Duration step) {
        return overlay.clock.tick(step);
    }

    synchronized long nextMutationCall() {
        return overlay.mutationCalls++;
    }

    synchronized long nextPersonId() {
        return IcimsDataset.CANDIDATE_BASE + base.candidates() + overlay.createdPeople.size();
    }

    synchronized long nextWorkflowId() {
        return IcimsDataset.WORKFLOW_BASE + base.candidates() + overlay.createdWorkflows.size();
    }

    synchronized void addPerson(Person person) {
        overlay.createdPeople.add(person);
    }

    synchronized void addWorkflow(Workflow workflow) {
        overlay.createdWorkflows.add(workflow);
    }

    synchronized void replacePerson(Person person) {
        overlay.changedPeople.put(person.id(), person);
    }

    synchronized void deletePerson(long id) {
        overlay.deletedPeople.add(id);
    }

    synchronized void replaceWorkflow(Workflow workflow) {
        overlay.changedWorkflows.put(workflow.id(), workflow);
    }

    synchronized void deleteWorkflow(long id) {
        overlay.deletedWorkflows.add(id);
    }

    synchronized void replaceJob(Job job, boolean closing) {
        overlay.jobs.replace(job.index(), job, closing);
    }

    synchronized void deleteJob(Job job) {
        overlay.jobs.delete(job.index());
    }

    synchronized void putResume(long personId, Resume resume) {
        overlay.resumes.put(personId, resume);
    }
}
