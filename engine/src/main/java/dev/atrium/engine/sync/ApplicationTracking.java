package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.store.QuarantinedRecord;
import dev.atrium.engine.store.TrackedApplication;
import dev.atrium.engine.store.TrackedApplicationStore;
import dev.atrium.engine.store.UnifiedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "Sync only created applications" during one sync: of the applications and candidates a tool returns, only the
 * tracked applications and their candidates are kept, and so are only the records that hang on them (anything
 * with an {@code application_id} or {@code candidate_id}). Records of other models pass. A tracked
 * application's record names its candidate, which is remembered for the next sync when it was unknown; within
 * a page, applications are looked at first, so a candidate read from the same remote record is kept at once.
 */
final class ApplicationTracking {

    /** Keeps everything: the integration reads all applications. */
    static final ApplicationTracking OFF = new ApplicationTracking(null, Set.of(), Map.of());

    private static final String APPLICATIONS = "applications";
    private static final String CANDIDATES = "candidates";

    private final String integrationId;
    /** Unified application id to the application's remote id. */
    private final Map<String, String> applications;
    private final Set<String> candidates = ConcurrentHashMap.newKeySet();
    /** Candidates found this sync for tracked applications that had none: application remote id to candidate id. */
    private final Map<String, String> learned = new ConcurrentHashMap<>();
    private final AtomicLong skipped = new AtomicLong();

    private ApplicationTracking(String integrationId, Set<String> candidateIds, Map<String, String> applications) {
        this.integrationId = integrationId;
        this.applications = applications;
        this.candidates.addAll(candidateIds);
    }

    /** The tracking of an integration that syncs only its tracked applications. */
    static ApplicationTracking of(String integrationId, List<TrackedApplication> tracked) {
        Map<String, String> applications = new ConcurrentHashMap<>();
        Set<String> candidates = ConcurrentHashMap.newKeySet();
        for (TrackedApplication application : tracked) {
            applications.put(application.applicationId(), application.applicationRemoteId());
            if (application.candidateId() != null) {
                candidates.add(application.candidateId());
            }
        }
        return new ApplicationTracking(integrationId, candidates, applications);
    }

    boolean on() {
        return integrationId != null;
    }

    /** The records of a page this integration keeps. */
    List<UnifiedRecord> keep(List<UnifiedRecord> records) {
        if (!on() || records.isEmpty()) {
            return records;
        }
        for (UnifiedRecord record : records) {
            String remoteId = record.model().equals(APPLICATIONS) ? applications.get(record.id()) : null;
            if (remoteId != null) {
                JsonNode candidate = record.content().get("candidate_id");
                if (candidate != null && candidate.isTextual() && candidates.add(candidate.textValue())) {
                    learned.put(remoteId, candidate.textValue());
                }
            }
        }
        List<UnifiedRecord> kept = new ArrayList<>(records.size());
        for (UnifiedRecord record : records) {
            if (keeps(record)) {
                kept.add(record);
            } else {
                skipped.incrementAndGet();
            }
        }
        return kept;
    }

    private boolean keeps(UnifiedRecord record) {
        return switch (record.model()) {
            case APPLICATIONS -> applications.containsKey(record.id());
            case CANDIDATES -> candidates.contains(record.id());
            default -> linkKept(record, "application_id", applications.keySet())
                    && linkKept(record, "candidate_id", candidates);
        };
    }

    /** Whether a refused record may be kept in quarantine: not when it is an untracked application or candidate. */
    boolean keepsQuarantined(QuarantinedRecord record) {
        return switch (record.model()) {
            case APPLICATIONS -> record.recordId() != null && applications.containsKey(record.recordId());
            case CANDIDATES -> record.recordId() != null && candidates.contains(record.recordId());
            default -> true;
        };
    }

    private static boolean linkKept(UnifiedRecord record, String field, Set<String> kept) {
        JsonNode link = record.content().get(field);
        return link == null || link.isNull() || kept.contains(link.asText());
    }

    /** Remembers the candidates learned this sync; a failure here only delays them to a later sync. */
    void saveLearned(TrackedApplicationStore store) {
        if (on()) {
            store.learnCandidates(integrationId, Map.copyOf(learned));
        }
    }

    /** Records left out because they are not tracked. */
    long skipped() {
        return skipped.get();
    }
}
