package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.ExpressionException;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.StreamSpec;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationSettings;
import dev.atrium.engine.store.IntegrationStore;
import dev.atrium.engine.store.RecordWriter;
import dev.atrium.engine.store.SyncCounts;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.store.SyncRunStore;
import dev.atrium.engine.store.TrackedApplicationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed sync of one integration: every stream of the mapping, parents before the children that fan
 * out over them, page by page. Each page is stored in its own transaction and each page of a top-level stream
 * leaves a checkpoint, so a sync interrupted anywhere (its node died) resumes where it was and converges to
 * the data an uninterrupted one gives. Only a FULL sync that completed every stream marks unseen records
 * deleted; a DELTA sync asks the tool only for records changed since the last successful sync. Blocking: call
 * it off the event loop.
 */
public final class SyncRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);

    private final RequesterFactory requesters;
    private final RecordTransformer transformer;
    private final RecordWriter records;
    private final SyncRunStore runs;
    private final IntegrationStore integrations;
    private final SyncFields fields;
    private final TrackedApplicationStore tracked;

    public SyncRunner(RequesterFactory requesters, RecordTransformer transformer, RecordWriter records,
            SyncRunStore runs, IntegrationStore integrations, SyncFields fields, TrackedApplicationStore tracked) {
        this.tracked = tracked;
        this.requesters = requesters;
        this.transformer = transformer;
        this.records = records;
        this.runs = runs;
        this.integrations = integrations;
        this.fields = fields;
    }

    /**
     * The sync lost its lease (to another node, or it was cancelled): stop without writing its end. A run
     * gone from the store (its integration was deleted) is answered as it was claimed.
     */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(String syncId) {
            super("sync " + syncId + " is no longer held by this node");
        }
    }

    /**
     * Runs a sync this node claimed to its end and returns its history entry.
     *
     * @param leaseHeld false once this node no longer holds the sync (the run then stops between pages)
     */
    public SyncRun run(SyncRun claimed, Integration integration, Mapping mapping, SyncListener listener,
            BooleanSupplier leaseHeld, String nodeId) {
        SyncType type = SyncType.valueOf(claimed.type());
        long started = System.currentTimeMillis();
        LOG.atInfo().addKeyValue("integration", integration.id()).addKeyValue("sync", claimed.id())
                .addKeyValue("type", type).addKeyValue("attempt", claimed.attempts()).log("sync.started");
        SyncCounts countsSoFar = claimed.attempts() > 1 ? claimed.counts() : SyncCounts.ZERO;
        StreamExecution execution = new StreamExecution(integration, mapping, claimed.id(), transformer, records, runs,
                listener, leaseHeld, countsSoFar, type == SyncType.FULL);
        String state = "FAILED";
        String error = null;
        String errorKind = null;
        String detail = null;
        Set<String> changedModels = new TreeSet<>();
        IntegrationSettings settings = IntegrationSettings.of(integration.settings());
        ApplicationTracking tracking = ApplicationTracking.OFF;
        try {
            if (settings.syncOnlyCreatedApplications()) {
                tracking = ApplicationTracking.of(integration.id(), tracked.list(integration.id()));
            }
            execution.open(requesters.create(integration, mapping), fields.selection(integration.id()), tracking);
            Bindings bindings = StreamBindings.forTransforms(mapping, integration.id(), integration.connection());
            if (settings.hasCutoff()) {
                // Fixed for the whole sync, so every page of it asks for the same window.
                bindings = bindings.with("cutoff", TextNode.valueOf(Timestamps.format(settings.cutoff(
                        Instant.ofEpochMilli(started)))));
            }
            if (type == SyncType.DELTA) {
                long since = claimed.sinceAt() != null ? claimed.sinceAt() : since(integration, mapping);
                runs.setSince(claimed.id(), since);
                bindings = bindings.with("since", TextNode.valueOf(Timestamps.format(Instant.ofEpochMilli(since))));
            }
            Map<String, JsonNode> checkpoints = claimed.attempts() > 1 ? runs.checkpoints(claimed.id()) : Map.of();
            for (StreamSpec stream : mapping.rootStreams()) {
                JsonNode checkpoint = checkpoints.get(stream.name());
                if (checkpoint != null && checkpoint.path("done").asBoolean(false)) {
                    continue;
                }
                execution.runRoot(stream, bindings, checkpoint == null ? null : checkpoint.get("next"));
            }
            execution.flushWrites();
            long deleted = 0;
            if (type == SyncType.FULL) {
                Set<String> models = new LinkedHashSet<>(mapping.models());
                for (String model : execution.unidentifiedModels()) {
                    models.remove(model);
                    LOG.atWarn().addKeyValue("integration", integration.id()).addKeyValue("model", model)
                            .addKeyValue("reason", "quarantined records without an id").log("sync.deletions_skipped");
                }
                Map<String, Long> deletions = records.markUnseenDeleted(integration.id(), claimed.id(), models,
                        System.currentTimeMillis());
                deleted = deletions.values().stream().mapToLong(Long::longValue).sum();
            }
            integrations.markFirstSyncCompleted(integration.id(), System.currentTimeMillis());
            runs.clearQuarantineBefore(integration.id(), claimed.id());
            execution.add(new SyncCounts(0, 0, 0, deleted, 0, 0, 0));
            state = "SUCCEEDED";
        } catch (LeaseLost e) {
            LOG.atWarn().addKeyValue("integration", integration.id()).addKeyValue("sync", claimed.id())
                    .log("sync.lease_lost");
            return runs.find(claimed.id()).orElse(claimed);
        } catch (RuntimeException e) {
            flushQuietly(execution);
            if (!leaseHeld.getAsBoolean()) {
                // Stopped from outside (lease taken over, node shutting down) while a request was in flight:
                // the sync is not this node's to end.
                LOG.atWarn().addKeyValue("integration", integration.id()).addKeyValue("sync", claimed.id())
                        .log("sync.lease_lost");
                return runs.find(claimed.id()).orElse(claimed);
            }
            error = message(e);
            if (e instanceof RemoteException remote) {
                errorKind = remote.kind().name();
                detail = remote.detail();
            } else {
                errorKind = e instanceof ExpressionException ? "MAPPING" : "INTERNAL";
            }
        } finally {
            execution.close();
            fields.recordSeen(integration.id(), mapping, execution.rawKeys());
            saveLearned(integration, tracking);
        }
        // From the store, not this attempt's memory: an attempt whose node died changed data too.
        long since = claimed.startedAt() != null ? claimed.startedAt() : started;
        changedModels.addAll(records.modelsChangedSince(integration.id(), mapping.models(), since));
        SyncCounts counts = execution.counts();
        runs.finish(claimed.id(), nodeId, state, counts, new ArrayList<>(changedModels), error, errorKind,
                detail);
        log(integration, claimed, state, counts, started, error);
        SyncRun finished = runs.find(claimed.id()).orElse(claimed);
        listener.finished(finished, execution.phases());
        return finished;
    }

    /** Remembers the candidates of tracked applications; never throws, a later sync learns them again. */
    private void saveLearned(Integration integration, ApplicationTracking tracking) {
        try {
            tracking.saveLearned(tracked);
            if (tracking.on()) {
                LOG.atInfo().addKeyValue("integration", integration.id()).addKeyValue("skipped", tracking.skipped())
                        .log("sync.untracked_skipped");
            }
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("integration", integration.id()).addKeyValue("error", e.getMessage())
                    .log("sync.tracked_candidates_not_saved");
        }
    }

    /** Stores what a failing sync already read; what it cannot store is lost, but never half-written. */
    private static void flushQuietly(StreamExecution execution) {
        try {
            execution.flushWrites();
        } catch (RuntimeException ignored) {
            // The sync fails with its first error; a store error after it adds nothing.
        }
    }

    /** The lower bound of a DELTA sync: when the last successful sync started, less the mapping's lookback. */
    private long since(Integration integration, Mapping mapping) {
        long lastStart = runs.lastSuccessStart(integration.id()).orElseThrow(() -> new IllegalStateException(
                "a DELTA sync needs a successful sync before it"));
        return lastStart - mapping.sync().deltaLookback().toMillis();
    }

    private static String message(RuntimeException e) {
        if (e instanceof RemoteException || e instanceof ExpressionException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void log(Integration integration, SyncRun run, String state, SyncCounts counts, long started,
            String error) {
        var builder = (error == null ? LOG.atInfo() : LOG.atError())
                .addKeyValue("integration", integration.id()).addKeyValue("sync", run.id())
                .addKeyValue("type", run.type()).addKeyValue("state", state)
                .addKeyValue("added", counts.added()).addKeyValue("changed", counts.changed())
                .addKeyValue("unchanged", counts.unchanged()).addKeyValue("deleted", counts.deleted())
                .addKeyValue("quarantined", counts.quarantined()).addKeyValue("requests", counts.requests())
                .addKeyValue("duration_ms", System.currentTimeMillis() - started);
        if (error != null) {
            builder = builder.addKeyValue("error", error);
        }
        builder.log("sync.finished");
    }

}
