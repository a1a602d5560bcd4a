package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.ExpressionException;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.http.RemoteRequest;
import dev.atrium.engine.http.Requester;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.PaginationSpec;
import dev.atrium.engine.mapping.StreamSpec;
import dev.atrium.engine.paging.Paginator;
import dev.atrium.engine.store.IntegrationStore;
import dev.atrium.engine.store.QuarantinedRecord;
import dev.atrium.engine.store.RecordWriter;
import dev.atrium.engine.store.SyncCounts;
import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.store.SyncRunStore;
import dev.atrium.engine.store.Integration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one sync of one integration: every stream of the mapping, parents before the children that fan out
 * over them, page by page (request, select, transform, validate, store). Each page is stored in its own
 * transaction, so a sync that stops part-way leaves consistent data and deletes nothing; only a full sync
 * that completed every stream marks unseen records deleted. Blocking: call it off the event loop.
 */
public final class SyncRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);

    private final RequesterFactory requesters;
    private final RecordTransformer transformer;
    private final RecordWriter records;
    private final SyncRunStore runs;
    private final IntegrationStore integrations;

    public SyncRunner(RequesterFactory requesters, RecordTransformer transformer, RecordWriter records,
            SyncRunStore runs, IntegrationStore integrations) {
        this.requesters = requesters;
        this.transformer = transformer;
        this.records = records;
        this.runs = runs;
        this.integrations = integrations;
    }

    /** Runs a sync to its end and returns its history entry (SUCCEEDED or FAILED). */
    public SyncRun run(Integration integration, Mapping mapping, SyncType type) {
        SyncRun run = runs.start(integration.id(), type.name());
        long started = System.currentTimeMillis();
        LOG.atInfo().addKeyValue("integration", integration.id()).addKeyValue("sync", run.id())
                .addKeyValue("type", type).log("sync.started");
        Execution execution = new Execution(integration, mapping, run.id());
        try {
            execution.requester = requesters.create(integration, mapping);
            Bindings bindings = StreamBindings.forTransforms(mapping, integration.id(), integration.connection());
            for (StreamSpec stream : mapping.rootStreams()) {
                execution.runStream(stream, bindings, 0);
            }
            long deleted = 0;
            if (type == SyncType.FULL) {
                Set<String> models = new LinkedHashSet<>(mapping.models());
                models.removeAll(execution.unidentified.keySet());
                for (String model : execution.unidentified.keySet()) {
                    LOG.atWarn().addKeyValue("integration", integration.id()).addKeyValue("model", model)
                            .addKeyValue("reason", "quarantined records without an id").log("sync.deletions_skipped");
                }
                deleted = records.markUnseenDeleted(integration.id(), run.id(), models, System.currentTimeMillis());
            }
            integrations.markFirstSyncCompleted(integration.id(), System.currentTimeMillis());
            runs.clearQuarantineBefore(integration.id(), run.id());
            SyncCounts counts = execution.counts().plus(new SyncCounts(0, 0, 0, deleted, 0, 0, 0));
            runs.finish(run.id(), "SUCCEEDED", counts, null, null);
            log(integration, run, "sync.succeeded", counts, started, null);
        } catch (RuntimeException e) {
            String detail = e instanceof RemoteException remote ? remote.detail() : null;
            String message = message(e);
            runs.finish(run.id(), "FAILED", execution.counts(), message, detail);
            log(integration, run, "sync.failed", execution.counts(), started, message);
        } finally {
            execution.close();
        }
        return runs.find(run.id()).orElseThrow();
    }

    private static String message(RuntimeException e) {
        if (e instanceof RemoteException || e instanceof ExpressionException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void log(Integration integration, SyncRun run, String event, SyncCounts counts, long started,
            String error) {
        var builder = (error == null ? LOG.atInfo() : LOG.atError())
                .addKeyValue("integration", integration.id()).addKeyValue("sync", run.id())
                .addKeyValue("added", counts.added()).addKeyValue("changed", counts.changed())
                .addKeyValue("unchanged", counts.unchanged()).addKeyValue("deleted", counts.deleted())
                .addKeyValue("quarantined", counts.quarantined()).addKeyValue("requests", counts.requests())
                .addKeyValue("duration_ms", System.currentTimeMillis() - started);
        if (error != null) {
            builder = builder.addKeyValue("error", error);
        }
        builder.log(event);
    }

    /** The state of one running sync. */
    private final class Execution implements AutoCloseable {

        private final Integration integration;
        private final Mapping mapping;
        private final String syncId;
        private final ExecutorService fanOutPool;
        /** Models with quarantined records whose id is unknown: deletions of those models are unsafe. */
        private final Map<String, Boolean> unidentified = new ConcurrentHashMap<>();
        private Requester requester;
        private SyncCounts counts = SyncCounts.ZERO;

        Execution(Integration integration, Mapping mapping, String syncId) {
            this.integration = integration;
            this.mapping = mapping;
            this.syncId = syncId;
            int concurrency = mapping.http().concurrency();
            this.fanOutPool = concurrency > 1 ? Executors.newFixedThreadPool(concurrency, daemonThreads()) : null;
        }

        synchronized SyncCounts counts() {
            return counts;
        }

        private synchronized void add(SyncCounts more) {
            counts = counts.plus(more);
        }

        void runStream(StreamSpec stream, Bindings bindings, int depth) {
            Paginator paginator = Paginator.of(stream.paginate());
            RemoteRequest request = paginator.first(request(stream, bindings));
            int maxPages = stream.paginate() instanceof PaginationSpec.PageNumber numbered ? numbered.maxPages()
                    : 1;
            String previousPage = null;
            int page = 0;
            long streamRecords = 0;
            while (request != null) {
                if (++page > maxPages) {
                    throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "stream " + stream.name()
                            + " passed " + maxPages + " pages (" + request.path() + "); stopping instead of looping");
                }
                JsonNode body = requester.getJson(request);
                List<JsonNode> raw = transformer.select(stream, body, bindings);
                // Compare the records, not the body: a body repeating its records still moves its page counters.
                String pageHash = Json.hash(Json.MAPPER.valueToTree(raw));
                if (!raw.isEmpty() && pageHash.equals(previousPage)) {
                    throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "stream " + stream.name()
                            + ": page " + page + " of " + request.path() + " repeats the page before it");
                }
                previousPage = pageHash;
                store(stream, transformer.transform(stream, raw, bindings, request.path()));
                add(new SyncCounts(0, 0, 0, 0, 0, 1, 1));
                streamRecords += raw.size();
                LOG.atDebug().addKeyValue("integration", integration.id()).addKeyValue("stream", stream.name())
                        .addKeyValue("page", page).addKeyValue("records", raw.size()).log("sync.page");
                fanOut(stream, raw, bindings, depth);
                request = paginator.next(request, body, raw.size(), bindings);
            }
            if (depth == 0) {
                LOG.atInfo().addKeyValue("integration", integration.id()).addKeyValue("stream", stream.name())
                        .addKeyValue("pages", page).addKeyValue("records", streamRecords).log("sync.stream");
            }
        }

        private RemoteRequest request(StreamSpec stream, Bindings bindings) {
            String path = stream.request().path().render(bindings);
            if (path == null) {
                throw new IllegalStateException("stream " + stream.name() + ": request path "
                        + stream.request().path() + " has a part without a value");
            }
            Map<String, String> query = new LinkedHashMap<>();
            stream.request().query().forEach((name, template) -> {
                String value = template.render(bindings);
                if (value != null) {
                    query.put(name, value);
                }
            });
            Map<String, String> headers = new LinkedHashMap<>();
            stream.request().headers().forEach((name, template) -> {
                String value = template.render(bindings);
                if (value != null) {
                    headers.put(name, value);
                }
            });
            return new RemoteRequest(stream.request().method(), path, query, headers);
        }

        private void store(StreamSpec stream, TransformResult result) {
            long now = System.currentTimeMillis();
            SyncCounts stored = records.upsert(integration.id(), syncId, result.records(), now);
            List<QuarantinedRecord> quarantined = result.quarantined();
            if (!quarantined.isEmpty()) {
                runs.quarantine(integration.id(), syncId, quarantined);
                Map<String, List<String>> knownIds = new LinkedHashMap<>();
                for (QuarantinedRecord record : quarantined) {
                    if (record.recordId() == null) {
                        unidentified.put(record.model(), true);
                    } else {
                        knownIds.computeIfAbsent(record.model(), model -> new ArrayList<>()).add(record.recordId());
                    }
                }
                // A record that came back but was refused still exists remotely: keep what was stored before.
                knownIds.forEach((model, ids) -> records.markSeen(integration.id(), syncId, model, ids));
                LOG.atWarn().addKeyValue("integration", integration.id()).addKeyValue("stream", stream.name())
                        .addKeyValue("quarantined", quarantined.size()).log("sync.quarantined");
            }
            add(stored.plus(new SyncCounts(0, 0, 0, 0, quarantined.size(), 0, 0)));
        }

        private void fanOut(StreamSpec parent, List<JsonNode> parentRecords, Bindings bindings, int depth) {
            List<StreamSpec> children = mapping.childrenOf(parent.name());
            if (children.isEmpty() || parentRecords.isEmpty()) {
                return;
            }
            List<Runnable> work = new ArrayList<>();
            for (JsonNode record : parentRecords) {
                for (StreamSpec child : children) {
                    Bindings childBindings = bindings.with(child.forEach().as(), record);
                    work.add(() -> runStream(child, childBindings, depth + 1));
                }
            }
            // Only the outermost fan-out runs in parallel, so pool threads never wait on their own pool.
            if (fanOutPool == null || depth > 0) {
                work.forEach(Runnable::run);
                return;
            }
            List<Future<?>> futures = new ArrayList<>();
            work.forEach(task -> futures.add(fanOutPool.submit(task)));
            try {
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (ExecutionException e) {
                futures.forEach(future -> future.cancel(true));
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                futures.forEach(future -> future.cancel(true));
                Thread.currentThread().interrupt();
                throw new RemoteException(RemoteException.Kind.UNAVAILABLE, 0, "sync interrupted");
            }
        }

        @Override
        public void close() {
            if (fanOutPool != null) {
                fanOutPool.shutdownNow();
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "atrium-fanout-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
