package dev.atrium.sandbox.digitalrecruiters.store;

import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersMutationRequest;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersMutationResult;
import dev.atrium.sandbox.digitalrecruiters.generate.IdSpace;
import dev.atrium.sandbox.digitalrecruiters.generate.Vocabulary;
import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.SeededSequence;
import dev.atrium.sandbox.support.generate.PersonNames;
import dev.atrium.sandbox.support.generate.Rolls;
import dev.atrium.sandbox.support.store.MutationTargets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies control-API mutations to the store. Targets are drawn from a sequence seeded by the data seed and the
 * number of earlier calls, so the same calls on the same seed touch the same records.
 */
public final class MutationEngine {

    private static final int STREAM = 3701;
    private static final List<String> NEW_TITLES = List.of(
            "Responsable logistique (H/F)", "Business developer (H/F)", "Gestionnaire de paie (H/F)",
            "Designer UX (H/F)", "Commercial terrain (H/F)");

    private final DigitalRecruitersStore store;
    private final long seed;

    public MutationEngine(DigitalRecruitersStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    public DigitalRecruitersMutationResult apply(DigitalRecruitersMutationRequest request) {
        synchronized (store) {
            SeededSequence rng = new SeededSequence(SeededHash.mix(seed + store.nextMutationCall()), STREAM);
            MutationTargets targets = new MutationTargets(rng);
            store.tick(Duration.ofHours(1));
            List<String> deletedAds = new ArrayList<>();
            List<Long> removedWithAds = new ArrayList<>();
            for (JobAd ad : pickAds(targets, request.deleteJobAds(), x -> true)) {
                removedWithAds.addAll(store.deleteAd(ad));
                deletedAds.add(ad.reference());
            }
            Set<Long> touched = new HashSet<>();
            List<Long> deletedApplications = new ArrayList<>();
            for (Application a : pickApplications(targets, request.deleteApplications(), touched)) {
                store.deleteApplication(a);
                deletedApplications.add(a.id());
            }
            List<String> changedAds = new ArrayList<>();
            for (JobAd ad : pickAds(targets, request.changeJobAds(), x -> true)) {
                store.replaceAd(ad.retitled(Rolls.pickOther(NEW_TITLES, ad.title(), rng.nextInt(1 << 20))), false);
                changedAds.add(ad.reference());
            }
            List<String> closedAds = new ArrayList<>();
            for (JobAd ad : pickAds(targets, request.closeJobAds(), x -> x.status().inFeed())) {
                store.replaceAd(ad.closed(store.tick(Duration.ofSeconds(1))), true);
                closedAds.add(ad.reference());
            }
            List<Long> changedApplications = new ArrayList<>();
            for (Application a : pickApplications(targets, request.changeApplications(), touched)) {
                store.replaceApplication(change(rng, a));
                changedApplications.add(a.id());
            }
            List<Long> created = create(rng, request.createApplications());
            return new DigitalRecruitersMutationResult(deletedAds, removedWithAds, deletedApplications, changedAds,
                    closedAds, changedApplications, created);
        }
    }

    private List<JobAd> pickAds(MutationTargets targets, int count, Predicate<JobAd> eligible) {
        return targets.fromList(store.liveAds().stream().filter(eligible).toList(), count);
    }

    /** Live applications by id, generated or created: ids run from the first to the last one handed out. */
    private List<Application> pickApplications(MutationTargets targets, int count, Set<Long> touched) {
        long first = IdSpace.APPLICATION_BASE;
        return targets.fromRange(first, store.lastApplicationId() - first + 1, count, store::isLiveApplication, touched)
                .stream().map(id -> store.application(id).orElseThrow()).toList();
    }

    /** New phone and last name always; one level further while in play. */
    private Application change(SeededSequence rng, Application a) {
        Instant at = store.tick(Duration.ofSeconds(1));
        String phone = Vocabulary.phoneNumber(rng.nextInt(10_000), false);
        if (phone.equals(a.phoneNumber())) {
            phone = Vocabulary.phoneNumber(rng.nextInt(10_000) + 1, false);
        }
        String last = Rolls.pickOther(Vocabulary.NAMES.lastNames(), a.lastName(), rng.nextInt(1 << 20));
        return a.changed(last, phone, a.level().next(), a.rejectedReason(), at);
    }

    private List<Long> create(SeededSequence rng, int count) {
        List<JobAd> open = store.liveAds().stream().filter(ad -> ad.status().inFeed()).toList();
        List<Long> ids = new ArrayList<>();
        ApplyCreation creation = new ApplyCreation(store);
        for (int k = 0; k < count && !open.isEmpty(); k++) {
            JobAd ad = open.get(rng.nextInt(open.size()));
            String first = Vocabulary.NAMES.firstName(rng.nextInt(1 << 20));
            String last = Vocabulary.NAMES.lastName(rng.nextInt(1 << 20));
            String email = PersonNames.emailLocalPart(first, last) + ".n" + (store.lastApplicationId() + 1) + "@example.com";
            boolean withCv = rng.nextUnit() < 0.6;
            String phone = rng.nextUnit() < 0.7 ? Vocabulary.phoneNumber(rng.nextInt(10_000), true) : null;
            ApplyForm form = new ApplyForm(ad.reference(), first, last, email, phone, 1 + rng.nextInt(2), null, null,
                    null, null, "fr_FR", "Site carrière", null, withCv ? "cv.pdf" : null);
            creation.apply(form).ifPresent(a -> ids.add(a.id()));
        }
        return ids;
    }
}
