package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.Template;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.http.RemoteRequest;
import dev.atrium.engine.http.Requester;
import dev.atrium.engine.http.SecretMask;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.PaginationSpec;
import dev.atrium.engine.mapping.RequestSpec;
import dev.atrium.engine.mapping.StreamSpec;
import dev.atrium.engine.paging.PageState;
import dev.atrium.engine.paging.Paginator;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.QuarantinedRecord;
import dev.atrium.engine.store.RecordWriter;
import dev.atrium.engine.store.SyncCounts;
import dev.atrium.engine.store.SyncRunStore;
import dev.atrium.engine.store.UnifiedRecord;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams of one running sync: paging through each, transforming and storing every page, fanning out
 * over parent records with the mapping's concurrency, and leaving a checkpoint after each page of a top-level
 * stream. Keeps the sync's counts and where its time went.
 */
final class StreamExecution implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamExecution.class);

    private final Integration integration;
    private final Mapping mapping;
    private final String syncId;
    private final RecordTransformer transformer;
    private final RecordWriter records;
    private final SyncRunStore runs;
    private final SyncListener listener;
    private final BooleanSupplier leaseHeld;
    private final ForkJoinPool fanOutPool;
    /** Models with quarantined records whose id is unknown: deletions of those models are unsafe. */
    private final Set<String> unidentified = ConcurrentHashMap.newKeySet();
    private final Map<String, long[]> progress = new ConcurrentHashMap<>();
    private final AtomicLong fetchNanos = new AtomicLong();
    private final AtomicLong transformNanos = new AtomicLong();
    private final AtomicLong storeNanos = new AtomicLong();
    private final AtomicLong rawRecords = new AtomicLong();
    private final AtomicLong unifiedRecords = new AtomicLong();
    private Requester requester;
    /** What the integration selected of its raw fields, read when the sync starts. */
    private FieldSelection selection = FieldSelection.NONE;
    /** Which applications and candidates the integration keeps, read when the sync starts. */
    private ApplicationTracking tracking = ApplicationTracking.OFF;
    private final RawFieldKeys rawKeys = new RawFieldKeys();
    /** Keeps secret connection values out of the request paths that records and errors show. */
    private final SecretMask mask;
    /** The connection with its secrets, which request templates may use (a token in a feed URL) and transforms not. */
    private final JsonNode requestConnection;
    private final PageWriter pageWriter;
    private SyncCounts counts;

    /**
     * @param countsSoFar what earlier attempts of this sync counted up to its checkpoints (zero at first)
     * @param full        a FULL sync, which stamps every record it sees so it can mark the unseen deleted
     */
    StreamExecution(Integration integration, Mapping mapping, String syncId, RecordTransformer transformer,
            RecordWriter records, SyncRunStore runs, SyncListener listener, BooleanSupplier leaseHeld,
            SyncCounts countsSoFar, boolean full) {
        this.integration = integration;
        this.mapping = mapping;
        this.syncId = syncId;
        this.transformer = transformer;
        this.records = records;
        this.runs = runs;
        this.listener = listener;
        this.leaseHeld = leaseHeld;
        this.counts = countsSoFar;
        this.pageWriter = new PageWriter(records, integration.id(), syncId, full, this::add, storeNanos::addAndGet);
        this.mask = SecretMask.of(mapping, integration.connection());
        this.requestConnection = StreamBindings.forRequests(mapping, integration.id(), integration.connection())
                .variables().get("connection");
        int concurrency = mapping.http().concurrency();
        this.fanOutPool = concurrency > 1 ? new ForkJoinPool(concurrency, StreamExecution::fanOutThread, null, false)
                : null;
    }

    void open(Requester requester, FieldSelection selection, ApplicationTracking tracking) {
        this.requester = requester;
        this.selection = selection;
        this.tracking = tracking;
    }

    /** The raw keys of the records read so far that carry integration fields. */
    RawFieldKeys rawKeys() {
        return rawKeys;
    }

    /** Counts so far; requests are the HTTP requests sent, retries included (and earlier attempts'). */
    synchronized SyncCounts counts() {
        long sent = requester == null ? 0 : requester.requestsSent();
        return counts.plus(new SyncCounts(0, 0, 0, 0, 0, sent, 0));
    }

    synchronized void add(SyncCounts more) {
        counts = counts.plus(more);
    }

    /** Waits until every page read so far is stored. */
    void flushWrites() {
        pageWriter.flush();
    }

    Set<String> unidentifiedModels() {
        return new TreeSet<>(unidentified);
    }

    PhaseTimes phases() {
        return new PhaseTimes(fetchNanos.get(), transformNanos.get(), storeNanos.get(), rawRecords.get(),
                unifiedRecords.get());
    }

    /** A top-level stream, from its first page or from a checkpoint's page. */
    void runRoot(StreamSpec stream, Bindings bindings, JsonNode resumeFrom) {
        PageState start = resumeFrom == null || resumeFrom.isNull() ? null : PageState.fromJson(resumeFrom);
        if (start != null) {
            LOG.atInfo().addKeyValue("integration", integration.id()).addKeyValue("sync", syncId)
                    .addKeyValue("stream", stream.name()).addKeyValue("page", start.index()).log("sync.resumed");
        }
        runStream(stream, bindings, 0, start);
    }

    private void runStream(StreamSpec stream, Bindings bindings, int depth, PageState start) {
        Paginator paginator = Paginator.of(stream.paginate());
        PageState state = start == null ? paginator.first() : start;
        String previousPage = null;
        while (state != null) {
            if (!leaseHeld.getAsBoolean()) {
                throw new SyncRunner.LeaseLost(syncId);
            }
            if (state.index() >= stream.paginate().maxPages()) {
                throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "stream " + stream.name() + " passed "
                        + stream.paginate().maxPages() + " pages; stopping instead of looping");
            }
            Bindings pageBindings = bindings.with("page", state.variable());
            RemoteRequest request = paginator.shape(request(stream, pageBindings), state);
            long fetchStart = System.nanoTime();
            JsonNode body = requester.getJson(request);
            long transformStart = System.nanoTime();
            fetchNanos.addAndGet(transformStart - fetchStart);
            List<JsonNode> raw = body == null ? List.of() : transformer.select(stream, body, pageBindings);
            // Compare the records, not the body: a body repeating its records still moves its page counters.
            String pageHash = raw.isEmpty() ? null : Json.sha256Hex(Json.write(raw));
            if (pageHash != null && pageHash.equals(previousPage)) {
                throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "stream " + stream.name() + ": page "
                        + (state.index() + 1) + " of " + mask.hide(request.label()) + " repeats the page before it");
            }
            previousPage = pageHash;
            TransformResult result = transformer.transform(stream, raw, bindings, mask.hide(request.label()), selection,
                    rawKeys);
            transformNanos.addAndGet(System.nanoTime() - transformStart);
            store(stream, result);
            rawRecords.addAndGet(raw.size());
            add(new SyncCounts(0, 0, 0, 0, 0, 0, 1));
            Long total = total(stream, body, pageBindings);
            long[] streamProgress = progress.computeIfAbsent(stream.name(), name -> new long[2]);
            long pages;
            long read;
            synchronized (streamProgress) {
                pages = ++streamProgress[0];
                read = streamProgress[1] += raw.size();
            }
            fanOut(stream, raw, bindings, depth);
            PageState next = body == null ? null : paginator.next(state, body, raw.size(), pageBindings);
            if (depth == 0) {
                ObjectNode checkpoint = Json.object();
                if (next == null) {
                    checkpoint.put("done", true);
                } else {
                    checkpoint.set("next", next.toJson());
                }
                // The page's records and its children's are stored before the checkpoint says to go past it.
                pageWriter.flush();
                runs.saveCheckpoint(syncId, stream.name(), checkpoint, counts());
            }
            // Reported once durable: a page counts when its records, children and checkpoint are stored.
            listener.page(stream.name(), pages, read, depth == 0 ? total : null);
            state = next;
        }
    }

    private static Long total(StreamSpec stream, JsonNode body, Bindings bindings) {
        if (body == null) {
            return null;
        }
        var expression = stream.paginate() instanceof PaginationSpec.PageNumber pages ? pages.total()
                : stream.paginate() instanceof PaginationSpec.Offset offset ? offset.total() : null;
        if (expression == null) {
            return null;
        }
        JsonNode value = expression.evaluate(body, bindings);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    private RemoteRequest request(StreamSpec stream, Bindings transformBindings) {
        RequestSpec spec = stream.request();
        Bindings bindings = transformBindings.with("connection", requestConnection);
        String path = spec.path().render(bindings);
        if (path == null) {
            throw new IllegalStateException("stream " + stream.name() + ": request path " + spec.path()
                    + " has a part without a value");
        }
        Map<String, String> query = rendered(spec.query(), bindings);
        Map<String, String> headers = rendered(spec.headers(), bindings);
        byte[] body = null;
        String contentType = null;
        if (spec.body() != null) {
            JsonNode json = spec.body().evaluate(null, bindings);
            body = Json.write(json == null ? Json.object() : json).getBytes(StandardCharsets.UTF_8);
            contentType = "application/json";
        } else if (spec.form() != null) {
            StringJoiner form = new StringJoiner("&");
            rendered(spec.form(), bindings).forEach((name, value) -> form.add(
                    URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            body = form.toString().getBytes(StandardCharsets.UTF_8);
            contentType = "application/x-www-form-urlencoded";
        }
        // With an overridden base URL (the sandbox) every host of the tool is served there.
        String base = spec.baseUrl() == null || integration.baseUrl() != null ? null : spec.baseUrl().render(bindings);
        return new RemoteRequest(spec.method(), path, query, headers, null, body, contentType, base);
    }

    /** Renders templates; one that renders to nothing leaves its entry out (optional parameters). */
    private static Map<String, String> rendered(Map<String, Template> templates, Bindings bindings) {
        Map<String, String> values = new LinkedHashMap<>();
        templates.forEach((name, template) -> {
            String value = template.render(bindings);
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    private void store(StreamSpec stream, TransformResult result) {
        List<UnifiedRecord> kept = tracking.keep(result.records());
        pageWriter.submit(kept);
        // An untracked candidate or application is not kept, not even as a quarantined record.
        List<QuarantinedRecord> quarantined = tracking.on()
                ? result.quarantined().stream().filter(tracking::keepsQuarantined).toList() : result.quarantined();
        if (!quarantined.isEmpty()) {
            runs.quarantine(integration.id(), syncId, quarantined);
            Map<String, List<String>> knownIds = new LinkedHashMap<>();
            for (QuarantinedRecord record : quarantined) {
                if (record.recordId() == null) {
                    unidentified.add(record.model());
                } else {
                    knownIds.computeIfAbsent(record.model(), model -> new ArrayList<>()).add(record.recordId());
                }
            }
            // A record that came back but was refused still exists remotely: keep what was stored before.
            knownIds.forEach((model, ids) -> records.markSeen(integration.id(), syncId, model, ids));
            LOG.atWarn().addKeyValue("integration", integration.id()).addKeyValue("stream", stream.name())
                    .addKeyValue("quarantined", quarantined.size()).log("sync.quarantined");
        }
        unifiedRecords.addAndGet(kept.size());
        add(new SyncCounts(0, 0, 0, 0, quarantined.size(), 0, 0));
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
                if (!wanted(child, record, childBindings)) {
                    continue;
                }
                work.add(() -> runStream(child, childBindings, depth + 1, null));
            }
        }
        if (fanOutPool == null) {
            work.forEach(Runnable::run);
            return;
        }
        // Fork/join at every depth: a worker waiting on its children runs queued tasks itself, so nested
        // fan-outs (jobs of each account, candidates of each job) are parallel without starving the pool.
        List<ForkJoinTask<?>> tasks = work.stream().<ForkJoinTask<?>>map(ForkJoinTask::adapt).toList();
        if (ForkJoinTask.getPool() == fanOutPool) {
            ForkJoinTask.invokeAll(tasks);
        } else {
            fanOutPool.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(tasks)));
        }
    }

    /** Whether a child stream runs for this parent record: always, unless its where says otherwise. */
    private static boolean wanted(StreamSpec child, JsonNode record, Bindings childBindings) {
        if (child.forEach().where() == null) {
            return true;
        }
        JsonNode holds = child.forEach().where().evaluate(record, childBindings);
        return holds != null && holds.isBoolean() ? holds.booleanValue() : holds != null && !holds.isNull()
                && !(holds.isTextual() && holds.textValue().isEmpty());
    }

    @Override
    public void close() {
        if (fanOutPool != null) {
            fanOutPool.shutdownNow();
        }
        pageWriter.close();
    }

    private static ForkJoinWorkerThread fanOutThread(ForkJoinPool pool) {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName("atrium-fanout-" + thread.getPoolIndex());
        return thread;
    }
}
