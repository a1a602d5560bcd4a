package dev.atrium.sandbox.sagehr.store;

import dev.atrium.sandbox.sagehr.generate.IdSpace;
import dev.atrium.sandbox.sagehr.generate.SageHrDataset;
import dev.atrium.sandbox.sagehr.model.Applicant;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.support.store.DeletedIndexes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * The simulator's current data: the generated base seen through the overlay of changes.
 * Every method is synchronised; HTTP handlers and test threads share one store.
 */
public final class SageHrStore {

    private final SageHrDataset base;
    private Overlay overlay;

    public SageHrStore(SageHrDataset base) {
        this.base = base;
        this.overlay = freshOverlay();
    }

    private Overlay freshOverlay() {
        return new Overlay(base.positions(), IdSpace.APPLICANT_BASE + base.layout().total());
    }

    public SageHrDataset base() {
        return base;
    }

    /** Drops every change: back to the generated base. */
    public synchronized void reset() {
        overlay = freshOverlay();
    }

    // ---- positions

    public synchronized List<RecruitmentPosition> livePositions() {
        return overlay.positions.live();
    }

    public synchronized Optional<RecruitmentPosition> position(long id) {
        long index = id - IdSpace.POSITION_BASE;
        if (index < 0 || index >= overlay.positions.size() || overlay.positions.isDeleted((int) index)) {
            return Optional.empty();
        }
        return Optional.of(overlay.positions.get((int) index));
    }

    /** The current state of the position an applicant belongs to. */
    public synchronized RecruitmentPosition positionOf(Applicant applicant) {
        return overlay.positions.get(applicant.positionIndex());
    }

    public synchronized long liveApplicantCount(int position) {
        if (overlay.positions.isDeleted(position)) {
            return 0;
        }
        return base.layout().size(position) - overlay.deletedBase.of(position).size() + liveCreated(position).size();
    }

    public synchronized long liveApplicantTotal() {
        long total = 0;
        for (int p = 0; p < overlay.positions.size(); p++) {
            total += liveApplicantCount(p);
        }
        return total;
    }

    // ---- applicants

    /**
     * A page of one position's applicants in list order (generated ones by id, then created ones),
     * optionally only those in one stage ({@code stageIndex} -1 for all).
     */
    public synchronized ApplicantPage positionApplicants(int position, int stageIndex, long offset, int limit) {
        if (overlay.positions.isDeleted(position)) {
            return new ApplicantPage(List.of(), 0);
        }
        return stageIndex < 0 ? unfilteredPage(position, offset, limit) : stagePage(position, stageIndex, offset, limit);
    }

    private ApplicantPage unfilteredPage(int position, long offset, int limit) {
        int start = base.layout().start(position);
        NavigableSet<Integer> deleted = overlay.deletedBase.of(position);
        long liveBase = base.layout().size(position) - deleted.size();
        List<Long> created = liveCreated(position);
        List<Applicant> items = new ArrayList<>();
        if (offset < liveBase) {
            long index = DeletedIndexes.liveAt(deleted, start, offset);
            int end = start + base.layout().size(position);
            for (int i = (int) index; i < end && items.size() < limit; i++) {
                if (!deleted.contains(i)) {
                    items.add(current(i));
                }
            }
        }
        long createdOffset = Math.max(0, offset - liveBase);
        for (long k = createdOffset; k < created.size() && items.size() < limit; k++) {
            items.add(currentCreated(created.get((int) k)));
        }
        return new ApplicantPage(items, liveBase + created.size());
    }

    // Needs every applicant's stage, so it scans the position; stage comes cheap from the generator.
    private ApplicantPage stagePage(int position, int stageIndex, long offset, int limit) {
        int start = base.layout().start(position);
        int end = start + base.layout().size(position);
        NavigableSet<Integer> deleted = overlay.deletedBase.of(position);
        List<Applicant> items = new ArrayList<>();
        long matches = 0;
        for (int i = start; i < end; i++) {
            if (deleted.contains(i)) {
                continue;
            }
            Applicant changed = overlay.changedApplicants.get(IdSpace.APPLICANT_BASE + i);
            int stage = changed != null ? changed.stageIndex() : base.generator().stageIndex(i);
            if (stage == stageIndex) {
                if (matches >= offset && items.size() < limit) {
                    items.add(changed != null ? changed : base.applicant(i));
                }
                matches++;
            }
        }
        for (long id : liveCreated(position)) {
            Applicant a = currentCreated(id);
            if (a.stageIndex() == stageIndex) {
                if (matches >= offset && items.size() < limit) {
                    items.add(a);
                }
                matches++;
            }
        }
        return new ApplicantPage(items, matches);
    }

    public synchronized Optional<Applicant> applicant(long id) {
        int index = base.indexOfApplicantId(id);
        if (index >= 0) {
            int position = base.layout().ownerOf(index);
            if (overlay.positions.isDeleted(position) || overlay.deletedBase.of(position).contains(index)) {
                return Optional.empty();
            }
            return Optional.of(current(index));
        }
        Applicant created = overlay.created.get(id);
        if (created == null || overlay.deletedCreated.contains(id) || overlay.positions.isDeleted(created.positionIndex())) {
            return Optional.empty();
        }
        return Optional.of(currentCreated(id));
    }

    /** Like {@link #applicant(long)} being present, without building the record. */
    public synchronized boolean isLiveApplicant(long id) {
        int index = base.indexOfApplicantId(id);
        if (index >= 0) {
            int position = base.layout().ownerOf(index);
            return !overlay.positions.isDeleted(position) && !overlay.deletedBase.of(position).contains(index);
        }
        Applicant created = overlay.created.get(id);
        return created != null && !overlay.deletedCreated.contains(id) && !overlay.positions.isDeleted(created.positionIndex());
    }

    /**
     * Whether a live applicant already uses this email: within one position, or in the whole
     * company when {@code position} is -1.
     */
    public synchronized boolean emailTaken(String email, int position) {
        String wanted = email.toLowerCase(Locale.ROOT);
        for (long id : overlay.createdByEmail.getOrDefault(wanted, List.of())) {
            Optional<Applicant> a = applicant(id);
            if (a.isPresent() && (position < 0 || a.get().positionIndex() == position)) {
                return true;
            }
        }
        int person = base.generator().personOfEmail(wanted);
        if (person < 0) {
            return false;
        }
        // Repeat applications of a person always come later in index order than the person's first one.
        int from = position < 0 ? person : Math.max(person, base.layout().start(position));
        int to = position < 0 ? base.layout().total() : base.layout().start(position) + base.layout().size(position);
        for (int i = from; i < to; i++) {
            if (base.generator().personOf(i) == person && isLiveApplicant(IdSpace.APPLICANT_BASE + i)) {
                return true;
            }
        }
        return false;
    }

    /** The largest applicant id handed out so far, generated or created. */
    public synchronized long lastApplicantId() {
        return overlay.nextApplicantId - 1;
    }

    // ---- writes, used by MutationEngine and ApplicantCreation

    synchronized Instant tick(Duration step) {
        return overlay.tick(step);
    }

    synchronized long nextApplicantId() {
        return overlay.nextApplicantId++;
    }

    synchronized long nextMutationCall() {
        return overlay.mutationCalls++;
    }

    synchronized void addCreated(Applicant applicant) {
        overlay.addCreated(applicant);
    }

    synchronized void replaceApplicant(Applicant applicant) {
        overlay.changedApplicants.put(applicant.id(), applicant);
    }

    synchronized void deleteApplicant(Applicant applicant) {
        int index = base.indexOfApplicantId(applicant.id());
        if (index >= 0) {
            overlay.deletedBase.add(applicant.positionIndex(), index);
        } else {
            overlay.deletedCreated.add(applicant.id());
        }
        overlay.deletedApplicantCount++;
    }

    synchronized void replacePosition(RecruitmentPosition position, boolean closed) {
        overlay.positions.replace(position.index(), position, closed);
    }

    /** Deletes a position and, with it, its applicants; answers the ids of those applicants. */
    synchronized List<Long> deletePosition(RecruitmentPosition position) {
        List<Long> removed = new ArrayList<>();
        long total = liveApplicantCount(position.index());
        for (long offset = 0; offset < total; offset += 1000) {
            for (Applicant a : unfilteredPage(position.index(), offset, 1000).items()) {
                removed.add(a.id());
            }
        }
        overlay.positions.delete(position.index());
        overlay.removedWithPositionsCount += removed.size();
        return removed;
    }

    public synchronized StoreCounts counts() {
        return new StoreCounts(livePositions().size(), liveApplicantTotal(), base.company().employees().size(),
                base.company().teams().size(), overlay.positions.deletedCount(), overlay.deletedApplicantCount,
                overlay.removedWithPositionsCount, overlay.positions.changedCount(), overlay.positions.closedCount(),
                overlay.changedApplicants.size(), overlay.created.size(), overlay.mutationCalls);
    }

    // ---- helpers

    private Applicant current(int index) {
        Applicant changed = overlay.changedApplicants.get(IdSpace.APPLICANT_BASE + index);
        return changed != null ? changed : base.applicant(index);
    }

    private Applicant currentCreated(long id) {
        Applicant changed = overlay.changedApplicants.get(id);
        return changed != null ? changed : overlay.created.get(id);
    }

    private List<Long> liveCreated(int position) {
        List<Long> ids = overlay.createdByPosition.getOrDefault(position, List.of());
        if (overlay.deletedCreated.isEmpty()) {
            return ids;
        }
        List<Long> live = new ArrayList<>(ids);
        live.removeAll(overlay.deletedCreated);
        return Collections.unmodifiableList(live);
    }
}
