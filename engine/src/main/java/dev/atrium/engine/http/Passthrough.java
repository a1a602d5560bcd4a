package dev.atrium.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.mapping.ConnectionField;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.PassthroughApi;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.sync.RequesterFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Kombo's passthrough: sends a caller's request to one of the APIs an integration's mapping declares, through
 * the integration's own requester (base URL, mapping headers and authentication exactly as for syncs, the
 * same request budget), with at most the mapping's {@code concurrency} passthrough requests of an integration
 * in flight on this node. The tool's answer comes back whatever its status. Only GET is retried: the other
 * methods may change data, and even PUT and DELETE, idempotent on paper, are not always so in vendor APIs.
 * Redirects are never followed: following one would send the credentials wherever the tool points, so the
 * caller gets the 3xx with its {@code Location} (often a signed file URL it can fetch itself).
 */
public final class Passthrough implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Passthrough.class);

    /** Calls in flight on this node across all integrations; each integration has its own, lower, limit too. */
    private static final int MAX_CALLS = 64;

    private final RequesterFactory requesters;
    private final Mappings mappings;
    private final Map<String, Semaphore> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService calls;

    public Passthrough(RequesterFactory requesters, Mappings mappings) {
        this.requesters = requesters;
        this.mappings = mappings;
        AtomicInteger threads = new AtomicInteger();
        this.calls = new ThreadPoolExecutor(0, MAX_CALLS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "passthrough-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Sends the request a caller described in {@code body} (see {@link PassthroughRequest}) to the API
     * {@code api} of the integration's tool, which must be {@code tool}. Every call is logged as one event
     * without headers, bodies or query. Failures are {@link PassthroughException}s.
     */
    public PassthroughResult send(Integration integration, String tool, String api, JsonNode body) {
        long started = System.nanoTime();
        PassthroughRequest request = null;
        String path = null;
        Integer status = null;
        String outcome = "error";
        try {
            request = PassthroughRequest.fromJson(body);
            Mapping mapping = mappings.find(integration.tool()).orElseThrow(() -> new PassthroughException(
                    PassthroughException.Reason.FAILED, "no connector for tool " + integration.tool() + " is loaded"));
            PassthroughApi declared = declaredApi(integration, mapping, tool, api);
            String checked = PassthroughPath.check(request.path());
            int query = checked.indexOf('?');
            path = query < 0 ? checked : checked.substring(0, query);
            PassthroughResult result = offThread(integration, mapping, declared, request, checked);
            status = result.status();
            outcome = "answered";
            return result;
        } catch (PassthroughException e) {
            outcome = e.reason().name().toLowerCase(Locale.ROOT);
            throw e;
        } finally {
            boolean trouble = !"answered".equals(outcome) && !"invalid".equals(outcome);
            LOG.atLevel(trouble ? Level.WARN : Level.INFO).addKeyValue("integration", integration.id())
                    .addKeyValue("api", shown(api)).addKeyValue("method", request == null ? null : request.method())
                    .addKeyValue("path", path).addKeyValue("status", status).addKeyValue("outcome", outcome)
                    .addKeyValue("duration_ms", (System.nanoTime() - started) / 1_000_000)
                    .log("passthrough.request");
        }
    }

    /**
     * Runs the call on this class's own threads and waits for it: the requester waits on Vert.x futures, which
     * Vert.x forbids on its event loops and worker threads, where API handlers run.
     */
    private PassthroughResult offThread(Integration integration, Mapping mapping, PassthroughApi api,
            PassthroughRequest request, String path) {
        Future<PassthroughResult> task;
        try {
            task = calls.submit(() -> call(integration, mapping, api, request, path));
        } catch (RejectedExecutionException e) {
            throw new PassthroughException(PassthroughException.Reason.BUSY, "Atrium already has " + MAX_CALLS
                    + " passthrough requests in flight; retry shortly");
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new PassthroughException(PassthroughException.Reason.FAILED,
                    "interrupted while waiting for the tool");
        }
    }

    /** Stops the threads; calls still running are interrupted. */
    @Override
    public void close() {
        calls.shutdownNow();
    }

    private static PassthroughApi declaredApi(Integration integration, Mapping mapping, String tool, String api) {
        if (!integration.tool().equals(tool)) {
            throw PassthroughException.invalid("tool '" + shown(tool) + "' is not the tool of integration "
                    + integration.id() + "; call /v1/passthrough/" + integration.tool() + "/<api>");
        }
        PassthroughApi declared = mapping.passthrough().get(api);
        if (declared == null) {
            throw PassthroughException.invalid(mapping.passthrough().isEmpty()
                    ? "api '" + shown(api) + "': the " + tool + " connector declares no passthrough APIs"
                    : "api '" + shown(api) + "' is not a passthrough API of " + tool + "; it has "
                            + String.join(", ", mapping.passthrough().keySet().stream().sorted().toList()));
        }
        if (!integration.enabled()) {
            throw PassthroughException.invalid("integration " + integration.id() + " is disabled; enable it to send"
                    + " passthrough requests");
        }
        return declared;
    }

    private PassthroughResult call(Integration integration, Mapping mapping, PassthroughApi api,
            PassthroughRequest request, String path) {
        Requester requester;
        try {
            requester = requesters.create(integration, mapping, api.baseUrl());
        } catch (IllegalStateException e) {
            throw new PassthroughException(PassthroughException.Reason.FAILED, e.getMessage());
        }
        requireHttpBase(requester.baseUrl());
        int limit = Math.max(1, mapping.http().concurrency());
        Semaphore permits = inFlight.computeIfAbsent(integration.id(), id -> new Semaphore(limit));
        if (!permits.tryAcquire()) {
            throw new PassthroughException(PassthroughException.Reason.BUSY, "integration " + integration.id()
                    + " already has " + limit + " passthrough request(s) in flight, as many as its connector allows;"
                    + " retry shortly");
        }
        try {
            List<String> warnings = new ArrayList<>();
            PassthroughHeaders headers = new PassthroughHeaders(secrets(mapping, integration), requester.headers(),
                    requester.credentials());
            Map<String, String> forwarded = headers.forward(request.headers(), warnings);
            RemoteRequest remote = PassthroughMessages.request(request, path, forwarded, requester.credentials(),
                    warnings);
            if (!request.apiOptions().isEmpty()) {
                warnings.add("api_options " + request.apiOptions().keySet() + " were ignored: this API takes none");
            }
            String url = requester.visibleUrl(remote);
            PassthroughPath.requireUnder(requester.baseUrl(), url);
            RemoteResponse response = requester.exchange(remote, "GET".equals(request.method()));
            headers.addCredentials(requester.credentials());
            ObjectNode answerHeaders = headers.answer(response.headers(), warnings);
            if (response.status() >= 300 && response.status() < 400) {
                warnings.add("the tool answered with a redirect (HTTP " + response.status() + "), which Atrium does"
                        + " not follow; the location header says where it points");
            }
            return new PassthroughResult(headers.redact(url), response.status(), answerHeaders,
                    PassthroughMessages.answer(response, request.responseAsBase64()), warnings);
        } catch (RemoteException e) {
            throw failure(e, mapping);
        } finally {
            permits.release();
        }
    }

    /** A name from the caller's URL as logs and messages show it: printable, and not too long. */
    private static String shown(String name) {
        String printable = name.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 64 ? printable : printable.substring(0, 64) + "…";
    }

    private static List<String> secrets(Mapping mapping, Integration integration) {
        return mapping.connection().values().stream().filter(ConnectionField::secret)
                .map(field -> integration.connection().get(field.name())).filter(Objects::nonNull).toList();
    }

    private static void requireHttpBase(String baseUrl) {
        URI base;
        try {
            base = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            base = null;
        }
        if (base == null || base.getHost() == null || !("http".equalsIgnoreCase(base.getScheme())
                || "https".equalsIgnoreCase(base.getScheme()))) {
            throw new PassthroughException(PassthroughException.Reason.FAILED, "the API's base URL is not an"
                    + " http(s) URL; the connector's passthrough declaration needs fixing");
        }
    }

    private static PassthroughException failure(RemoteException e, Mapping mapping) {
        return switch (e.kind()) {
            // Only the quota guard fails this way here: a long Retry-After is answered as the tool sent it.
            case RATE_LIMITED -> new PassthroughException(PassthroughException.Reason.RATE_LIMITED,
                    "the tool's request quota is nearly used up, and Atrium keeps the rest for the integration's"
                            + " syncs; retry once the tool's quota has reset");
            case AUTHENTICATION -> new PassthroughException(PassthroughException.Reason.FAILED,
                    "could not authenticate with the tool: " + e.getMessage());
            default -> e.timedOut()
                    ? new PassthroughException(PassthroughException.Reason.TIMED_OUT, "the tool did not answer within "
                            + mapping.http().timeout().toMillis() + " ms")
                    : new PassthroughException(PassthroughException.Reason.FAILED, "no answer from the tool: "
                            + e.getMessage());
        };
    }
}
