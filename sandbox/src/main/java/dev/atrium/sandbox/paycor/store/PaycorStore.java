package dev.atrium.sandbox.paycor.store;

import dev.atrium.sandbox.paycor.generate.IdCodec;
import dev.atrium.sandbox.paycor.generate.PaycorDataset;
import dev.atrium.sandbox.paycor.model.AtsAccount;
import dev.atrium.sandbox.paycor.model.AtsCandidate;
import dev.atrium.sandbox.paycor.model.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's current data: the generated base seen through the overlay of changes.
 * Every method is synchronised; HTTP handlers and test threads share one store.
 */
public final class PaycorStore {

    private final PaycorDataset base;
    private StoreOverlay overlay;

    public PaycorStore(PaycorDataset base) {
        this.base = base;
        this.overlay = new StoreOverlay(base.jobs());
    }

    public PaycorDataset base() {
        return base;
    }

    /** Drops every change: back to the generated base and the clock's start. */
    public synchronized void reset() {
        overlay = new StoreOverlay(base.jobs());
    }

    /** The write clock: the time of the newest write, or its start when nothing was written. */
    public synchronized Instant clock() {
        return overlay.clock.now();
    }

    public List<AtsAccount> accounts() {
        return base.company().accounts();
    }

    public Optional<AtsAccount> account(String id) {
        int index = base.indexOfAccountId(id);
        return index < 0 ? Optional.empty() : Optional.of(accounts().get(index));
    }

    // ---- jobs

    public synchronized List<Job> liveJobs() {
        return overlay.jobs.live();
    }

    /** A page of one account's jobs in index order, after job index {@code afterIndex}. */
    public synchronized Slice<Job> jobs(int account, JobFilter filter, long afterIndex, int limit) {
        List<Job> out = new ArrayList<>();
        for (int j = (int) Math.max(0, afterIndex + 1); j < overlay.jobs.size() && out.size() <= limit; j++) {
            Job job = overlay.jobs.get(j);
            if (job.accountIndex() == account && !overlay.jobs.isDeleted(j) && filter.matches(job)) {
                out.add(job);
            }
        }
        boolean more = out.size() > limit;
        return new Slice<>(more ? out.subList(0, limit) : out, more);
    }

    /** A live job of the account by id. */
    public synchronized Optional<Job> job(int account, String id) {
        int index = base.indexOfJobId(id);
        if (index < 0 || overlay.jobs.isDeleted(index) || overlay.jobs.get(index).accountIndex() != account) {
            return Optional.empty();
        }
        return Optional.of(overlay.jobs.get(index));
    }

    // ---- candidates

    /** A page of a live job's candidates matching the filter, after ordinal {@code afterOrdinal} (-1 for the start). */
    public synchronized Slice<AtsCandidate> candidates(int job, CandidateFilter filter, long afterOrdinal, int limit) {
        if (overlay.jobs.isDeleted(job)) {
            return new Slice<>(List.of(), false);
        }
        return new CandidatePager(base, overlay).page(job, filter, afterOrdinal, limit);
    }

    /** A live candidate of one job by id; a candidate of another job is not found. */
    public synchronized Optional<AtsCandidate> candidate(int job, String id) {
        return candidate(id).filter(c -> c.jobIndex() == job);
    }

    /** A live candidate by id, whatever its job. */
    public synchronized Optional<AtsCandidate> candidate(String id) {
        Optional<IdCodec.Decoded> decoded = base.ids().decode(id);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        long ordinal = switch (decoded.get().kind()) {
            case CANDIDATE -> decoded.get().index() < base.layout().total() ? decoded.get().index() : -1;
            case CREATED_CANDIDATE -> decoded.get().index() < overlay.created.size()
                    ? base.layout().total() + decoded.get().index() : -1;
            default -> -1;
        };
        return ordinal >= 0 && isLive(ordinal) ? Optional.of(current(ordinal)) : Optional.empty();
    }

    /** One past the largest ordinal handed out, generated or created. */
    public synchronized long ordinalRange() {
        return (long) base.layout().total() + overlay.created.size();
    }

    public synchronized boolean isLive(long ordinal) {
        int total = base.layout().total();
        if (ordinal < total) {
            int index = (int) ordinal;
            int job = base.layout().ownerOf(index);
            return !overlay.jobs.isDeleted(job) && !overlay.deletedBase.of(job).contains(index);
        }
        int seq = (int) (ordinal - total);
        return seq < overlay.created.size() && !overlay.deletedCreated.get(seq)
                && !overlay.jobs.isDeleted(overlay.created.get(seq).jobIndex());
    }

    /** The current version of a candidate by ordinal, live or not. */
    public synchronized AtsCandidate current(long ordinal) {
        AtsCandidate edited = overlay.changed.get(ordinal);
        if (edited != null) {
            return edited;
        }
        int total = base.layout().total();
        return ordinal < total ? base.candidate((int) ordinal) : overlay.created.get((int) (ordinal - total));
    }

    public synchronized long liveCandidateCount(int job) {
        if (overlay.jobs.isDeleted(job)) {
            return 0;
        }
        long created = overlay.createdIn(job).stream().filter(seq -> !overlay.deletedCreated.get(seq)).count();
        return base.layout().size(job) - overlay.deletedBase.of(job).size() + created;
    }

    public synchronized StoreTotals totals() {
        long candidates = 0;
        for (int j = 0; j < overlay.jobs.size(); j++) {
            candidates += liveCandidateCount(j);
        }
        return new StoreTotals(accounts().size(), overlay.jobs.size() - overlay.jobs.deletedCount(), candidates,
                base.company().users().size(), overlay.jobs.deletedCount(), overlay.deletedCandidates,
                overlay.removedWithJobs, overlay.jobs.changedCount(), overlay.jobs.closedCount(), overlay.changed.size(),
                overlay.created.size(), overlay.mutationCalls);
    }

    // ---- writes, used by PaycorMutationEngine and CandidateCreation

    synchronized Instant tick(Duration step) {
        return overlay.clock.tick(step);
    }

    synchronized long nextMutationCall() {
        return overlay.mutationCalls++;
    }

    /** The sequence number the next created candidate gets. */
    synchronized int nextCreatedSeq() {
        return overlay.created.size();
    }

    synchronized void addCreated(AtsCandidate candidate) {
        int seq = overlay.created.size();
        overlay.created.add(candidate);
        overlay.createdByJob.computeIfAbsent(candidate.jobIndex(), j -> new ArrayList<>()).add(seq);
    }

    synchronized void replaceCandidate(AtsCandidate candidate) {
        overlay.changed.put(candidate.ordinal(), candidate);
        if (candidate.ordinal() < base.layout().total()) {
            overlay.changedBase.add(candidate.jobIndex(), (int) candidate.ordinal());
        }
    }

    synchronized void deleteCandidate(AtsCandidate candidate) {
        int total = base.layout().total();
        if (candidate.ordinal() < total) {
            overlay.deletedBase.add(candidate.jobIndex(), (int) candidate.ordinal());
        } else {
            overlay.deletedCreated.set((int) (candidate.ordinal() - total));
        }
        overlay.deletedCandidates++;
    }

    synchronized void replaceJob(Job job, boolean closed) {
        overlay.jobs.replace(job.index(), job, closed);
    }

    /** Deletes a job and with it its candidates; answers their ids in list order. */
    synchronized List<String> deleteJob(Job job) {
        List<String> removed = new ArrayList<>();
        int j = job.index();
        var deleted = overlay.deletedBase.of(j);
        for (int i = base.layout().start(j); i < base.layout().end(j); i++) {
            if (!deleted.contains(i)) {
                removed.add(base.candidateId(i));
            }
        }
        for (int seq : overlay.createdIn(j)) {
            if (!overlay.deletedCreated.get(seq)) {
                removed.add(overlay.created.get(seq).id());
            }
        }
        overlay.jobs.delete(j);
        overlay.removedWithJobs += removed.size();
        return removed;
    }
}
