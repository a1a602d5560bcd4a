package dev.atrium.sandbox.phenom.store;

import dev.atrium.sandbox.phenom.generate.Ids;
import dev.atrium.sandbox.phenom.generate.PhenomDataset;
import dev.atrium.sandbox.phenom.model.Application;
import dev.atrium.sandbox.phenom.model.Candidate;
import dev.atrium.sandbox.phenom.model.Job;
import dev.atrium.sandbox.support.store.DeletedIndexes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * The simulator's current data: the generated base seen through the overlay of changes. Every method is
 * synchronised; HTTP handlers and test threads share one store.
 */
public final class PhenomStore {

    private final PhenomDataset base;
    private Overlay overlay;
    private long generatedPeople = -1;

    public PhenomStore(PhenomDataset base) {
        this.base = base;
        this.overlay = new Overlay(base.jobs());
    }

    public PhenomDataset base() {
        return base;
    }

    /** Drops every change: back to the generated base. */
    public synchronized void reset() {
        overlay = new Overlay(base.jobs());
    }

    // ---- jobs

    /** Jobs not deleted, posted or not, in index order. */
    public synchronized List<Job> liveJobs() {
        return overlay.jobs.live();
    }

    /** A job that was not deleted, posted or not. */
    public synchronized Optional<Job> job(String jobId) {
        int index = base.jobIndexOf(jobId);
        return index < 0 || overlay.jobs.isDeleted(index) ? Optional.empty() : Optional.of(overlay.jobs.get(index));
    }

    // ---- applications

    /** A page of every live application: generated ones by index, then created ones. */
    public synchronized Page applications(long offset, int limit) {
        NavigableSet<Integer> deleted = overlay.deletedGenerated;
        long liveGenerated = base.applicationTotal() - deleted.size();
        List<Application> items = new ArrayList<>();
        generatedSlice(deleted, 0, base.applicationTotal(), offset, limit, items);
        List<Long> created = liveCreated(overlay.createdApplications.stream().map(Application::index).toList());
        for (long k = Math.max(0, offset - liveGenerated); k < created.size() && items.size() < limit; k++) {
            items.add(currentApplication(created.get((int) k)));
        }
        return new Page(items, liveGenerated + created.size());
    }

    /** A page of one job's live applications, whatever {@code jobId} the application itself shows. */
    public synchronized Page jobApplications(int job, long from, int size) {
        int start = base.layout().start(job);
        int end = base.layout().end(job);
        NavigableSet<Integer> deleted = overlay.deletedGenerated.subSet(start, true, end, false);
        long liveGenerated = (end - start) - deleted.size();
        List<Application> items = new ArrayList<>();
        generatedSlice(deleted, start, end, from, size, items);
        List<Long> created = liveCreated(overlay.createdByJob.getOrDefault(job, List.of()));
        for (long k = Math.max(0, from - liveGenerated); k < created.size() && items.size() < size; k++) {
            items.add(currentApplication(created.get((int) k)));
        }
        return new Page(items, liveGenerated + created.size());
    }

    private void generatedSlice(NavigableSet<Integer> deleted, int start, int end, long offset, int limit,
            List<Application> out) {
        long liveCount = (end - start) - deleted.size();
        if (offset >= liveCount) {
            return;
        }
        for (long i = DeletedIndexes.liveAt(deleted, start, offset); i < end && out.size() < limit; i++) {
            if (!deleted.contains((int) i)) {
                out.add(currentApplication(i));
            }
        }
    }

    public synchronized boolean isLiveApplication(long index) {
        if (index < base.applicationTotal()) {
            return index >= 0 && !overlay.deletedGenerated.contains((int) index);
        }
        long k = index - base.applicationTotal();
        return k < overlay.createdApplications.size() && !overlay.deletedCreated.contains(index);
    }

    /** The current version of an application, deleted or not; the index must have been handed out. */
    public synchronized Application currentApplication(long index) {
        Application changed = overlay.changedApplications.get(index);
        if (changed != null) {
            return changed;
        }
        return index < base.applicationTotal() ? base.application((int) index)
                : overlay.createdApplications.get((int) (index - base.applicationTotal()));
    }

    /** Application indexes run from 0 to this, exclusive. */
    public synchronized long applicationRange() {
        return base.applicationTotal() + overlay.createdApplications.size();
    }

    /** Whether a person already has a live application to a job. */
    public synchronized boolean hasApplied(long person, int job) {
        for (int i = base.layout().start(job); i < base.layout().end(job); i++) {
            if (base.applicationGenerator().personOf(i) == person && isLiveApplication(i)) {
                return true;
            }
        }
        return overlay.createdByJob.getOrDefault(job, List.of()).stream()
                .anyMatch(i -> isLiveApplication(i) && currentApplication(i).candidateIndex() == person);
    }

    // ---- candidates

    public synchronized Optional<Candidate> candidate(String candidateId) {
        long index = Ids.candidateIndex(candidateId);
        return isPerson(index) ? Optional.of(currentCandidate(index)) : Optional.empty();
    }

    /** The candidate one of whose addresses this is (case-insensitive), generated or created. */
    public synchronized Optional<Candidate> candidateByEmail(String email) {
        Long created = overlay.createdCandidateByEmail.get(email.toLowerCase(Locale.ROOT));
        if (created != null) {
            return Optional.of(currentCandidate(created));
        }
        long p = base.candidateGenerator().personOfEmail(email);
        return isPerson(p) ? Optional.of(currentCandidate(p)) : Optional.empty();
    }

    public synchronized boolean isPerson(long index) {
        return base.isPerson(index) || (index >= base.applicationTotal()
                && index - base.applicationTotal() < overlay.createdCandidates.size());
    }

    public synchronized Candidate currentCandidate(long index) {
        Candidate changed = overlay.changedCandidates.get(index);
        if (changed != null) {
            return changed;
        }
        return index < base.applicationTotal() ? base.candidate(index)
                : overlay.createdCandidates.get((int) (index - base.applicationTotal()));
    }

    /** Person indexes run from 0 to this, exclusive. */
    public synchronized long personRange() {
        return base.applicationTotal() + overlay.createdCandidates.size();
    }

    // ---- writes, used by MutationEngine and Applying

    synchronized Instant tick(Duration step) {
        return overlay.tick(step);
    }

    synchronized long nextMutationCall() {
        return overlay.mutationCalls++;
    }

    synchronized void addApplication(Application a) {
        overlay.addApplication(a);
    }

    synchronized void addCandidate(Candidate c) {
        overlay.addCandidate(c);
    }

    synchronized void replaceApplication(Application a) {
        overlay.changedApplications.put(a.index(), a);
    }

    synchronized void replaceCandidate(Candidate c) {
        overlay.changedCandidates.put(c.index(), c);
    }

    synchronized void deleteApplication(long index) {
        if (index < base.applicationTotal()) {
            overlay.deletedGenerated.add((int) index);
        } else {
            overlay.deletedCreated.add(index);
        }
    }

    synchronized void replaceJob(Job job, boolean closing) {
        overlay.jobs.replace(job.index(), job, closing);
    }

    /** Deletes a job; its applications stay and keep its id, which then dangles. */
    synchronized void deleteJob(Job job) {
        overlay.jobs.delete(job.index());
    }

    public synchronized StoreCounts counts() {
        if (generatedPeople < 0) {
            long people = 0;
            for (long p = 0; p < base.applicationTotal(); p++) {
                people += base.isPerson(p) ? 1 : 0;
            }
            generatedPeople = people;
        }
        List<Job> live = liveJobs();
        Overlay o = overlay;
        long deleted = o.deletedGenerated.size() + o.deletedCreated.size();
        return new StoreCounts(live.size(), (int) live.stream().filter(j -> j.status().isPosted()).count(),
                applicationRange() - deleted, generatedPeople + o.createdCandidates.size(), base.users().size(),
                o.jobs.deletedCount(), deleted, o.jobs.changedCount(), o.jobs.closedCount(),
                o.changedApplications.size(), o.changedCandidates.size(), o.createdApplications.size(),
                o.createdCandidates.size(), o.mutationCalls, o.clock());
    }

    private List<Long> liveCreated(List<Long> indexes) {
        return overlay.deletedCreated.isEmpty() ? indexes
                : indexes.stream().filter(i -> !overlay.deletedCreated.contains(i)).toList();
    }
}
