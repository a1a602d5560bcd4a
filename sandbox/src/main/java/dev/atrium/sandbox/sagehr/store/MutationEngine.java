package dev.atrium.sandbox.sagehr.store;

import dev.atrium.sandbox.sagehr.MutationRequest;
import dev.atrium.sandbox.sagehr.MutationResult;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import dev.atrium.sandbox.sagehr.generate.ChangeVocabulary;
import dev.atrium.sandbox.sagehr.generate.Timeline;
import dev.atrium.sandbox.sagehr.model.Applicant;
import dev.atrium.sandbox.sagehr.model.ApplicantAction;
import dev.atrium.sandbox.sagehr.model.Attachment;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.SeededSequence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies control-API mutations to the store. Targets are drawn from a sequence seeded by the
 * data seed and the number of earlier calls, so the same calls on the same seed touch the same records.
 */
public final class MutationEngine {

    private static final int STREAM = 701;
    private static final int PROBES = 64;

    private final SageHrStore store;
    private final long seed;

    public MutationEngine(SageHrStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    public MutationResult apply(MutationRequest request, SageHrSettings settings) {
        synchronized (store) {
            SeededSequence rng = new SeededSequence(SeededHash.mix(seed + store.nextMutationCall()), STREAM);
            store.tick(Duration.ofHours(1));
            List<Long> deletedPositions = new ArrayList<>();
            List<Long> removedWithPositions = new ArrayList<>();
            for (RecruitmentPosition p : pickPositions(rng, request.deletePositions(), x -> true)) {
                removedWithPositions.addAll(store.deletePosition(p));
                deletedPositions.add(p.id());
            }
            Set<Long> touched = new HashSet<>();
            List<Long> deletedApplicants = new ArrayList<>();
            for (Applicant a : pickApplicants(rng, request.deleteApplicants(), touched)) {
                store.deleteApplicant(a);
                deletedApplicants.add(a.id());
            }
            List<Long> changedPositions = new ArrayList<>();
            for (RecruitmentPosition p : pickPositions(rng, request.changePositions(), x -> true)) {
                store.replacePosition(retitle(rng, p, settings), false);
                changedPositions.add(p.id());
            }
            List<Long> closedPositions = new ArrayList<>();
            for (RecruitmentPosition p : pickPositions(rng, request.closePositions(), x -> x.status().isOpen())) {
                LocalDate today = Timeline.dateOf(store.tick(Duration.ofSeconds(1)));
                store.replacePosition(p.completed(today), true);
                closedPositions.add(p.id());
            }
            List<Long> changedApplicants = new ArrayList<>();
            for (Applicant a : pickApplicants(rng, request.changeApplicants(), touched)) {
                store.replaceApplicant(change(rng, a));
                changedApplicants.add(a.id());
            }
            List<Long> created = create(rng, request.createApplicants(), settings);
            return new MutationResult(deletedPositions, removedWithPositions, deletedApplicants, changedPositions,
                    closedPositions, changedApplicants, created);
        }
    }

    private List<RecruitmentPosition> pickPositions(SeededSequence rng, int count, Predicate<RecruitmentPosition> eligible) {
        List<RecruitmentPosition> candidates = new ArrayList<>(store.livePositions().stream().filter(eligible).toList());
        List<RecruitmentPosition> picked = new ArrayList<>();
        while (picked.size() < count && !candidates.isEmpty()) {
            picked.add(candidates.remove(rng.nextInt(candidates.size())));
        }
        return picked;
    }

    /** Random probes over the id range; a scan from a random point when probes keep missing. */
    private List<Applicant> pickApplicants(SeededSequence rng, int count, Set<Long> touched) {
        List<Applicant> picked = new ArrayList<>();
        long range = store.lastApplicantId();
        while (picked.size() < count && range > 0) {
            Long found = null;
            for (int probe = 0; probe < PROBES && found == null; probe++) {
                long id = 1 + rng.nextLong(range);
                if (!touched.contains(id) && store.isLiveApplicant(id)) {
                    found = id;
                }
            }
            if (found == null) {
                long start = rng.nextLong(range);
                for (long k = 0; k < range && found == null; k++) {
                    long id = 1 + (start + k) % range;
                    if (!touched.contains(id) && store.isLiveApplicant(id)) {
                        found = id;
                    }
                }
            }
            if (found == null) {
                break;
            }
            touched.add(found);
            picked.add(store.applicant(found).orElseThrow());
        }
        return picked;
    }

    private RecruitmentPosition retitle(SeededSequence rng, RecruitmentPosition p, SageHrSettings settings) {
        int teams = store.base().company().teams().size();
        int team = teams == 1 ? p.teamIndex() : (p.teamIndex() + 1 + rng.nextInt(teams - 1)) % teams;
        return p.retitled(ChangeVocabulary.otherTitle(p.title(), rng.nextInt(1 << 20)), team);
    }

    /** New phone number and last name always; one stage forward when the applicant is still in play. */
    private Applicant change(SeededSequence rng, Applicant a) {
        Instant at = store.tick(Duration.ofSeconds(1));
        String phone = ChangeVocabulary.phoneNumber(rng.nextInt(1000));
        if (phone.equals(a.phoneNumber())) {
            phone = ChangeVocabulary.phoneNumber(rng.nextInt(1000) + 1);
        }
        Applicant changed = a.withContact(ChangeVocabulary.otherLastName(a.lastName(), rng.nextInt(1 << 20)), phone);
        RecruitmentPosition position = store.positionOf(a);
        int last = position.pipeline().lastIndex();
        if (!a.isHired() && !a.isDisqualified() && a.stageIndex() < last) {
            int next = a.stageIndex() + 1;
            ApplicantAction move = ApplicantAction.moved(position.pipeline().title(a.stageIndex()), position.pipeline().title(next), at);
            changed = changed.movedTo(next, next == last ? Timeline.dateOf(at) : null, move);
        }
        return changed;
    }

    private List<Long> create(SeededSequence rng, int count, SageHrSettings settings) {
        List<RecruitmentPosition> open = store.livePositions().stream().filter(p -> p.status().isOpen()).toList();
        List<Long> ids = new ArrayList<>();
        ApplicantCreation creation = new ApplicantCreation(store);
        for (int k = 0; k < count && !open.isEmpty(); k++) {
            RecruitmentPosition position = open.get(rng.nextInt(open.size()));
            String first = ChangeVocabulary.firstName(rng.nextInt(1 << 20));
            String last = ChangeVocabulary.lastName(rng.nextInt(1 << 20));
            String email = ChangeVocabulary.emailPart(first) + "." + ChangeVocabulary.emailPart(last)
                    + ".n" + (store.lastApplicantId() + 1) + "@example.com";
            boolean withCv = rng.nextUnit() < 0.5;
            String phone = rng.nextUnit() < 0.5 ? ChangeVocabulary.phoneNumber(rng.nextInt(1000)) : null;
            ApplicantForm form = new ApplicantForm(first, last, email, phone, null, null,
                    ChangeVocabulary.source(rng.nextInt(1 << 20)), false, null, null,
                    withCv ? new Attachment("CV.pdf", "application/pdf", 50_000 + rng.nextInt(500_000)) : null, false);
            CreateResult result = creation.create(position.id(), form, settings.emailUniqueness(), settings.closedPositionStatus());
            if (result.isCreated()) {
                ids.add(result.id());
            }
        }
        return ids;
    }
}
