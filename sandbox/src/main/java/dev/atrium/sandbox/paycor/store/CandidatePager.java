package dev.atrium.sandbox.paycor.store;

import dev.atrium.sandbox.paycor.generate.CandidateGenerator;
import dev.atrium.sandbox.paycor.generate.DataTimeline;
import dev.atrium.sandbox.paycor.generate.PaycorDataset;
import dev.atrium.sandbox.paycor.model.AtsCandidate;
import dev.atrium.sandbox.support.generate.BlockLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

/**
 * Computes one page of a job's candidates in list order (generated ones by index, then created ones),
 * starting after a given ordinal. Generated candidates are visited only inside the index range the
 * date window allows: created times grow with the index and modified times trail them by a bounded
 * delay, so binary searches find that range; edited records, whose dates come from the write clock,
 * are merged in from the overlay.
 */
final class CandidatePager {

    private final PaycorDataset base;
    private final StoreOverlay overlay;

    CandidatePager(PaycorDataset base, StoreOverlay overlay) {
        this.base = base;
        this.overlay = overlay;
    }

    Slice<AtsCandidate> page(int job, CandidateFilter filter, long afterOrdinal, int limit) {
        List<AtsCandidate> out = new ArrayList<>();
        int need = limit + 1;
        generatedPart(job, filter, afterOrdinal, need, out);
        if (out.size() < need) {
            createdPart(job, filter, afterOrdinal, need, out);
        }
        boolean more = out.size() > limit;
        return new Slice<>(more ? out.subList(0, limit) : out, more);
    }

    private void generatedPart(int job, CandidateFilter filter, long afterOrdinal, int need, List<AtsCandidate> out) {
        BlockLayout layout = base.layout();
        CandidateGenerator generator = base.generator();
        int end = layout.end(job);
        if (afterOrdinal >= end - 1) {
            return;
        }
        int from = (int) Math.max(afterOrdinal + 1, layout.start(job));
        int lo = from;
        int hi = end - 1;
        if (filter.start() != null) {
            if (filter.start().isAfter(DataTimeline.NEWEST)) {
                hi = lo - 1; // no untouched generated record is that recent
            } else {
                lo = Math.max(lo, generator.firstCreatedAtOrAfter(job, filter.start().minus(CandidateGenerator.MAX_MODIFY_DELAY)));
            }
        }
        if (filter.end() != null) {
            hi = Math.min(hi, generator.lastCreatedAtOrBefore(job, filter.end()));
        }
        NavigableSet<Integer> changed = overlay.changedBase.of(job);
        NavigableSet<Integer> deleted = overlay.deletedBase.of(job);
        int cur = from;
        while (out.size() < need) {
            Integer c = changed.ceiling(cur);
            if (c != null && c >= end) {
                c = null;
            }
            int b = Math.max(cur, lo);
            boolean hasBase = b <= hi;
            if (c == null && !hasBase) {
                return;
            }
            if (c != null && (!hasBase || c <= b)) {
                AtsCandidate edited = overlay.changed.get((long) c);
                if (!deleted.contains(c) && filter.matches(edited.createdAt(), edited.modifiedAt())) {
                    out.add(edited);
                }
                cur = c + 1;
            } else {
                if (!deleted.contains(b) && !changed.contains(b)
                        && (filter.isEmpty() || filter.matches(generator.createdAt(job, b), generator.modifiedAt(job, b)))) {
                    out.add(base.candidate(b));
                }
                cur = b + 1;
            }
        }
    }

    private void createdPart(int job, CandidateFilter filter, long afterOrdinal, int need, List<AtsCandidate> out) {
        long total = base.layout().total();
        for (int seq : overlay.createdIn(job)) {
            long ordinal = total + seq;
            if (ordinal <= afterOrdinal || overlay.deletedCreated.get(seq)) {
                continue;
            }
            AtsCandidate current = overlay.changed.getOrDefault(ordinal, overlay.created.get(seq));
            if (filter.matches(current.createdAt(), current.modifiedAt())) {
                out.add(current);
                if (out.size() >= need) {
                    return;
                }
            }
        }
    }
}
