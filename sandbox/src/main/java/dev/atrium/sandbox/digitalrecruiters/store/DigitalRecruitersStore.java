package dev.atrium.sandbox.digitalrecruiters.store;

import dev.atrium.sandbox.digitalrecruiters.generate.DigitalRecruitersDataset;
import dev.atrium.sandbox.digitalrecruiters.generate.IdSpace;
import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's current data: the generated base seen through the overlay of changes. Applications list in id
 * order, generated ones first, then created ones. Every method is synchronised; HTTP handlers and test threads
 * share one store.
 */
public final class DigitalRecruitersStore {

    private final DigitalRecruitersDataset base;
    private final Map<String, Integer> adByReference = new HashMap<>();
    private Overlay overlay;

    public DigitalRecruitersStore(DigitalRecruitersDataset base) {
        this.base = base;
        base.ads().forEach(ad -> adByReference.put(ad.reference(), ad.index()));
        this.overlay = freshOverlay();
    }

    private Overlay freshOverlay() {
        return new Overlay(base.ads(), IdSpace.APPLICATION_BASE + base.layout().total());
    }

    public DigitalRecruitersDataset base() {
        return base;
    }

    /** Drops every change and the cached feed: back to the generated base. */
    public synchronized void reset() {
        overlay = freshOverlay();
    }

    // ---- job ads

    /** Every ad not deleted, whatever its status. */
    public synchronized List<JobAd> liveAds() {
        return overlay.ads.live();
    }

    public synchronized Optional<JobAd> adByReference(String reference) {
        Integer index = reference == null ? null : adByReference.get(reference);
        return index == null || overlay.ads.isDeleted(index) ? Optional.empty() : Optional.of(overlay.ads.get(index));
    }

    /** The ad with a public API id, or empty when unknown or deleted. */
    public synchronized Optional<JobAd> adById(long adId) {
        long index = adId - IdSpace.JOB_AD_BASE;
        if (index < 0 || index >= overlay.ads.size() || overlay.ads.isDeleted((int) index)) {
            return Optional.empty();
        }
        return Optional.of(overlay.ads.get((int) index));
    }

    /** The current version of an application's ad. */
    public synchronized JobAd adOf(Application application) {
        return overlay.ads.get(application.jobIndex());
    }

    /**
     * The feed as last regenerated; it is regenerated from the open ads when none was taken yet or the last one
     * is {@code maxAgeSeconds} old.
     */
    public synchronized FeedSnapshot feed(int maxAgeSeconds, long nowNanos) {
        FeedSnapshot f = overlay.feed;
        if (f == null || nowNanos - f.takenNanos() >= maxAgeSeconds * 1_000_000_000L) {
            f = new FeedSnapshot(liveAds().stream().filter(ad -> ad.status().inFeed()).toList(), overlay.now(), nowNanos);
            overlay.feed = f;
        }
        return f;
    }

    /** Forgets the cached feed, so the next read regenerates it. */
    public synchronized void dropFeedCache() {
        overlay.feed = null;
    }

    // ---- applications

    /** A page of live applications in id order, of one ad ({@code jobIndex} >= 0) or all (-1). */
    public synchronized ApplicationPage applications(int jobIndex, long offset, int limit) {
        if (jobIndex >= 0 && overlay.ads.isDeleted(jobIndex)) {
            return new ApplicationPage(List.of(), 0);
        }
        int from = jobIndex < 0 ? 0 : base.layout().start(jobIndex);
        int to = jobIndex < 0 ? base.layout().total() : base.layout().end(jobIndex);
        long liveBase = overlay.deletedBase.liveCount(from, to);
        List<Long> created = liveCreated(jobIndex);
        List<Application> items = new ArrayList<>();
        if (offset < liveBase) {
            long index = overlay.deletedBase.kthLive(from, offset);
            while (index < to && items.size() < limit) {
                if (!overlay.deletedBase.contains((int) index)) {
                    items.add(current((int) index));
                }
                index++;
            }
        }
        for (long k = Math.max(0, offset - liveBase); k < created.size() && items.size() < limit; k++) {
            items.add(currentCreated(created.get((int) k)));
        }
        return new ApplicationPage(items, liveBase + created.size());
    }

    public synchronized Optional<Application> application(long id) {
        int index = base.indexOfApplicationId(id);
        if (index >= 0) {
            return overlay.deletedBase.contains(index) ? Optional.empty() : Optional.of(current(index));
        }
        Application created = overlay.created.get(id);
        if (created == null || overlay.deletedCreated.contains(id) || overlay.ads.isDeleted(created.jobIndex())) {
            return Optional.empty();
        }
        return Optional.of(currentCreated(id));
    }

    public synchronized boolean isLiveApplication(long id) {
        int index = base.indexOfApplicationId(id);
        if (index >= 0) {
            return !overlay.deletedBase.contains(index);
        }
        Application created = overlay.created.get(id);
        return created != null && !overlay.deletedCreated.contains(id) && !overlay.ads.isDeleted(created.jobIndex());
    }

    /** The largest application id handed out so far, generated or created. */
    public synchronized long lastApplicationId() {
        return overlay.nextApplicationId - 1;
    }

    public synchronized long liveApplicationTotal() {
        return applications(-1, Long.MAX_VALUE, 0).total();
    }

    // ---- writes, used by ApplyCreation and the mutation engine

    synchronized Instant tick(Duration step) {
        return overlay.tick(step);
    }

    synchronized long nextApplicationId() {
        return overlay.nextApplicationId++;
    }

    synchronized long nextMutationCall() {
        return overlay.mutationCalls++;
    }

    synchronized void addCreated(Application application) {
        overlay.addCreated(application);
    }

    synchronized void replaceApplication(Application application) {
        overlay.changed.put(application.id(), application);
    }

    synchronized void deleteApplication(Application application) {
        int index = base.indexOfApplicationId(application.id());
        if (index >= 0) {
            overlay.deletedBase.delete(index, index + 1);
        } else {
            overlay.deletedCreated.add(application.id());
        }
        overlay.deletedApplicationCount++;
    }

    synchronized void replaceAd(JobAd ad, boolean closing) {
        overlay.ads.replace(ad.index(), ad, closing);
    }

    /** Deletes an ad and, with it, its applications; answers the ids of those applications. */
    synchronized List<Long> deleteAd(JobAd ad) {
        List<Long> removed = new ArrayList<>();
        ApplicationPage all = applications(ad.index(), 0, Integer.MAX_VALUE);
        all.items().forEach(a -> removed.add(a.id()));
        overlay.deletedBase.delete(base.layout().start(ad.index()), base.layout().end(ad.index()));
        overlay.ads.delete(ad.index());
        overlay.removedWithJobsCount += removed.size();
        return removed;
    }

    public synchronized StoreTotals totals() {
        List<JobAd> live = liveAds();
        return new StoreTotals(live.size(), (int) live.stream().filter(ad -> ad.status().inFeed()).count(),
                liveApplicationTotal(), overlay.ads.deletedCount(), overlay.deletedApplicationCount,
                overlay.removedWithJobsCount, overlay.ads.changedCount(), overlay.ads.closedCount(),
                overlay.changed.size(), overlay.created.size(), overlay.mutationCalls);
    }

    // ---- current versions of records

    private Application current(int index) {
        Application changed = overlay.changed.get(IdSpace.APPLICATION_BASE + index);
        return changed != null ? changed : base.application(index);
    }

    private Application currentCreated(long id) {
        Application changed = overlay.changed.get(id);
        return changed != null ? changed : overlay.created.get(id);
    }

    private List<Long> liveCreated(int jobIndex) {
        List<Long> ids = new ArrayList<>();
        for (Application a : overlay.created.values()) {
            if ((jobIndex < 0 || a.jobIndex() == jobIndex) && !overlay.deletedCreated.contains(a.id())
                    && !overlay.ads.isDeleted(a.jobIndex())) {
                ids.add(a.id());
            }
        }
        return ids;
    }
}
