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
import dev.atrium.sandbox.support.generate.PersonNames;
import dev.atrium.sandbox.support.store.MutationTargets;
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

    private final SageHrStore store;
    private final long seed;

    public MutationEngine(SageHrStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    public MutationResult apply(MutationRequest request, SageHrSettings settings) {
        synchronized (store) {
            SeededSequence rng = new SeededSequence(SeededHash.mix(seed + store.nextMutationCall()), STREAM);
            MutationTargets targets = new MutationTargets(rng);
            store.tick(Duration.ofHours(1));
            List<Long> deletedPositions = new ArrayList<>();
            List<Long> removedWithPositions = new ArrayList<>();
            for (RecruitmentPosition p : pickPositions(targets, request.deletePositions(), x -> true)) {
                removedWithPositions.addAll(store.deletePosition(p));
                deletedPositions.add(p.id());
            }
            Set<Long> touched = new HashSet<>();
            List<Long> deletedApplicants = new ArrayList<>();
            for (Applicant a : pickApplicants(targets, request.deleteApplicants(), touched)) {
                store.deleteApplicant(a);
                deletedApplicants.add(a.id());
            }
            List<Long> changedPositions = new ArrayList<>();
            for (RecruitmentPosition p : pickPositions(targets, request.changePositions(), x -> true)) {
                store.replacePosition(retitle(rng, p, settings), false);
                changedPositions.add(p.id());
            }
            List<Long> closedPositions = new ArrayList<>();
            for (RecruitmentPosition p : pickPositions(targets, request.closePositions(), x -> x.status().isOpen())) {
                LocalDate today = Timeline.dateOf(store.tick(Duration.ofSeconds(1)));
                store.replacePosition(p.completed(today), true);
                closedPositions.add(p.id());
            }
            List<Long> changedApplicants = new ArrayList<>();
            for (Applicant a : pickApplicants(targets, request.changeApplicants(), touched)) {
                store.replaceApplicant(change(rng, a));
                changedApplicants.add(a.id());
            }
            List<Long> created = create(rng, request.createApplicants(), settings);
            return new MutationResult(deletedPositions, removedWithPositions, deletedApplicants, changedPositions,
                    closedPositions, changedApplicants, created);
        }
    }

    private List<RecruitmentPosition> pickPositions(MutationTargets targets, int count, Predicate<RecruitmentPosition> eligible) {
        return targets.fromList(store.livePositions().stream().filter(eligible).toList(), count);
    }

    /** Live applicants by id, generated or created: ids run from 1 to the last one handed out. */
    private List<Applicant> pickApplicants(MutationTargets targets, int count, Set<Long> touched) {
        return targets.fromRange(1, store.lastApplicantId(), count, store::isLiveApplicant, touched).stream()
                .map(id -> store.applicant(id).orElseThrow()).toList();
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
            String first = ChangeVocabulary.NAMES.firstName(rng.nextInt(1 << 20));
            String last = ChangeVocabulary.NAMES.lastName(rng.nextInt(1 << 20));
            String email = PersonNames.emailLocalPart(first, last) + ".n" + (store.lastApplicantId() + 1) + "@example.com";
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
