package dev.atrium.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.auth.Authenticator;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.ErrorRule;
import dev.atrium.engine.mapping.RetryPolicy;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one integration's requests to its tool: adds the base URL, the mapping's headers and the
 * authenticator's credentials, respects the request budget, and decides what an error response means with the
 * mapping's error table (retry with exponential backoff and jitter honouring {@code Retry-After}, fail, ignore,
 * or re-authenticate once). Blocks the calling thread: sync work runs off the event loop.
 */
public final class Requester {

    private static final Logger LOG = LoggerFactory.getLogger(Requester.class);
    /** Waits asked for by 429 answers with Retry-After that one request may take besides its attempts. */
    static final int MAX_RATE_LIMIT_WAITS = 20;
    private final AtomicLong sent = new AtomicLong();
    private static final int DETAIL_LIMIT = 500;

    private final WebClient client;
    private final String integrationId;
    private final String baseUrl;
    private final URI origin;
    private final Map<String, String> headers;
    private final Authenticator authenticator;
    private final Duration timeout;
    private final RetryPolicy retry;
    private final List<ErrorRule> rules;
    private final Bindings ruleBindings;
    private final RateLimiter rateLimiter;
    private final QuotaGuard quota;
    private final SecretMask mask;

    /**
     * @param headers     headers for every request (never logged)
     * @param rules       the mapping's error table, checked before the defaults
     * @param ruleBindings what the rules' body predicates may use besides {@code $status} and {@code $text}
     * @param rateLimiter the request rate budget, or null
     * @param quota       a quota reported in response headers, or null
     * @param mask        hides secret connection values in the paths that logs and errors show
     */
    public Requester(WebClient client, String integrationId, String baseUrl, Map<String, String> headers,
            Authenticator authenticator, Duration timeout, RetryPolicy retry, List<ErrorRule> rules,
            Bindings ruleBindings, RateLimiter rateLimiter, QuotaGuard quota, SecretMask mask) {
        this.client = client;
        this.mask = mask;
        this.integrationId = integrationId;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.origin = URI.create(this.baseUrl);
        this.headers = Map.copyOf(headers);
        this.authenticator = authenticator;
        this.timeout = timeout;
        this.retry = retry;
        this.rules = List.copyOf(rules);
        this.ruleBindings = ruleBindings;
        this.rateLimiter = rateLimiter;
        this.quota = quota;
    }

    /**
     * Sends a read and parses its JSON body; returns null when the error table says to ignore the answer.
     * Every failure is a {@link RemoteException}.
     */
    public JsonNode getJson(RemoteRequest request) {
        RemoteResponse response = send(request);
        if (response == null) {
            return null;
        }
        try {
            JsonNode body = Json.parse(response.body());
            if (body == null || body.isMissingNode()) {
                throw malformed(request, response, "the body is empty", null);
            }
            return body;
        } catch (IOException e) {
            throw malformed(request, response, "the body is not valid JSON", e);
        }
    }

    /** HTTP requests this requester sent, retries included. */
    public long requestsSent() {
        return sent.get();
    }

    /** The base URL requests go to, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The credentials the next request carries (never to be logged or shown). */
    public Authenticator.Credentials credentials() {
        return authenticator.current();
    }

    /** The headers of the mapping every request carries, rendered (they may hold secrets: never shown). */
    public Map<String, String> headers() {
        return headers;
    }

    /** Where a request goes, without the credentials that go in the query: the URL that may be shown. */
    public String visibleUrl(RemoteRequest request) {
        return url(request, Authenticator.Credentials.NONE);
    }

    /** Sends a request; returns the first 2xx response, or null when an error rule says to ignore it. */
    public RemoteResponse send(RemoteRequest request) {
        return run(request, true, false);
    }

    /**
     * Sends a request on a caller's behalf and returns the tool's answer whatever its status. Credentials are
     * added, and renewed once on a 401 or a reauthenticate rule, exactly as for syncs, and the request budget
     * applies; only when {@code retry} are timeouts, connection failures and retryable statuses tried again.
     * Fails only without an answer (UNAVAILABLE) or when the budget refuses the request (RATE_LIMITED).
     */
    public RemoteResponse exchange(RemoteRequest request, boolean retry) {
        return run(request, retry, true);
    }

    /** @param asIs return every answer instead of applying the error table's fail and ignore */
    private RemoteResponse run(RemoteRequest request, boolean retries, boolean asIs) {
        int attempt = 0;
        int rateLimitWaits = 0;
        boolean reauthenticated = false;
        while (true) {
            attempt++;
            Authenticator.Credentials credentials = authenticator.current();
            RemoteResponse response;
            try {
                pace();
                response = once(request, credentials);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteException(RemoteException.Kind.UNAVAILABLE, 0,
                        "interrupted while reading " + label(request), null, e);
            } catch (TransportException e) {
                if (!retries || attempt >= retry.maxAttempts()) {
                    String tries = attempt > 1 ? " after " + attempt + " attempts" : "";
                    throw new RemoteException(RemoteException.Kind.UNAVAILABLE, 0, request.method() + " "
                            + label(request) + " failed" + tries + ": " + e.getMessage(), null, e);
                }
                Duration delay = backoff(attempt);
                LOG.atWarn().addKeyValue("integration", integrationId).addKeyValue("path", label(request))
                        .addKeyValue("attempt", attempt).addKeyValue("retry_in_ms", delay.toMillis())
                        .addKeyValue("reason", e.getMessage()).log("remote.retry");
                sleep(delay);
                continue;
            }
            if (quota != null) {
                quota.observe(response);
            }
            int status = response.status();
            if (status >= 200 && status < 300) {
                return response;
            }
            ErrorRule.Action action = decide(response);
            if (asIs && (action == ErrorRule.Action.IGNORE || action == ErrorRule.Action.FAIL)) {
                return response;
            }
            switch (action) {
                case IGNORE -> {
                    LOG.atInfo().addKeyValue("integration", integrationId).addKeyValue("path", label(request))
                            .addKeyValue("status", status).log("remote.ignored");
                    return null;
                }
                case REAUTHENTICATE -> {
                    if (!reauthenticated && authenticator.renew(credentials)) {
                        reauthenticated = true;
                        attempt--;
                        continue;
                    }
                    if (asIs) {
                        return response;
                    }
                    throw new RemoteException(RemoteException.Kind.AUTHENTICATION, status, request.method() + " "
                            + label(request) + " was refused (HTTP " + status + "): the credentials are not valid",
                            excerpt(response), null);
                }
                case RETRY -> {
                    Duration delay = retryAfter(response);
                    boolean tooLong = delay != null && delay.compareTo(retry.maxRetryAfter()) > 0;
                    if (asIs && (!retries || attempt >= retry.maxAttempts() || tooLong)) {
                        return response;
                    }
                    if (attempt >= retry.maxAttempts()) {
                        throw statusError(request, response, attempt, null);
                    }
                    if (tooLong) {
                        throw new RemoteException(RemoteException.Kind.RATE_LIMITED, status, request.method() + " "
                                + label(request) + " asked us to wait " + delay.toSeconds() + " s (Retry-After), more"
                                + " than the " + retry.maxRetryAfter().toSeconds() + " s this mapping allows",
                                excerpt(response), null);
                    }
                    if (delay == null) {
                        delay = backoff(attempt);
                    } else if (status == 429 && retries && rateLimitWaits < MAX_RATE_LIMIT_WAITS) {
                        // A 429 that says how long to wait is the tool pacing us, not a failed attempt: it does
                        // not spend the attempts meant for errors, up to a bound so a tool that never lets up
                        // still ends the request.
                        rateLimitWaits++;
                        attempt--;
                    }
                    LOG.atWarn().addKeyValue("integration", integrationId).addKeyValue("path", label(request))
                            .addKeyValue("status", status).addKeyValue("attempt", attempt)
                            .addKeyValue("retry_in_ms", delay.toMillis()).log("remote.retry");
                    sleep(delay);
                }
                default -> throw statusError(request, response, attempt, ruleMessage(response));
            }
        }
    }

    /** The first rule of the mapping's table that matches, else the defaults. */
    private ErrorRule.Action decide(RemoteResponse response) {
        ErrorRule rule = matchingRule(response);
        if (rule != null) {
            return rule.action();
        }
        if (response.status() == 401) {
            return ErrorRule.Action.REAUTHENTICATE;
        }
        return retry.statuses().contains(response.status()) ? ErrorRule.Action.RETRY : ErrorRule.Action.FAIL;
    }

    private String ruleMessage(RemoteResponse response) {
        ErrorRule rule = matchingRule(response);
        return rule == null ? null : rule.message();
    }

    private ErrorRule matchingRule(RemoteResponse response) {
        for (ErrorRule rule : rules) {
            if (rule.covers(response.status()) && (rule.body() == null || bodyMatches(rule, response))) {
                return rule;
            }
        }
        return null;
    }

    private boolean bodyMatches(ErrorRule rule, RemoteResponse response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode body;
        try {
            body = text.isBlank() ? null : Json.parse(text);
        } catch (IOException e) {
            body = null;
        }
        Bindings bindings = ruleBindings.with("status", Json.MAPPER.getNodeFactory().numberNode(response.status()))
                .with("text", Json.MAPPER.getNodeFactory().textNode(text));
        try {
            JsonNode result = rule.body().evaluate(body, bindings);
            return result != null && result.asBoolean(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void pace() throws InterruptedException {
        if (quota != null) {
            Duration wait = quota.waitBeforeNext(retry.maxRetryAfter());
            if (!wait.isZero()) {
                LOG.atWarn().addKeyValue("integration", integrationId).addKeyValue("wait_ms", wait.toMillis())
                        .log("remote.quota_wait");
                Thread.sleep(wait.toMillis());
            }
        }
        if (rateLimiter != null) {
            rateLimiter.acquire();
        }
    }

    private RemoteResponse once(RemoteRequest request, Authenticator.Credentials credentials)
            throws InterruptedException {
        HttpRequest<Buffer> http = client.requestAbs(HttpMethod.valueOf(request.method()), url(request, credentials))
                .timeout(timeout.toMillis())
                .followRedirects(false);
        headers.forEach(http::putHeader);
        credentials.headers().forEach(http::putHeader);
        request.headers().forEach(http::putHeader);
        sent.incrementAndGet();
        Future<HttpResponse<Buffer>> future;
        if (request.body() != null) {
            http.putHeader("Content-Type", request.contentType());
            future = http.sendBuffer(Buffer.buffer(request.body()));
        } else {
            future = http.send();
        }
        try {
            HttpResponse<Buffer> response = future.await();
            Buffer body = response.body();
            return new RemoteResponse(response.statusCode(), response.headers(),
                    body == null ? new byte[0] : body.getBytes());
        } catch (Exception e) {
            // Future.await rethrows the failure as is, checked exceptions (timeouts) included.
            if (e instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            throw new TransportException(describe(e), e);
        }
    }

    private String url(RemoteRequest request, Authenticator.Credentials credentials) {
        String base = request.base() == null ? baseUrl : stripSlash(request.base());
        if (request.url() != null) {
            URI target;
            try {
                target = URI.create(base + "/").resolve(request.url());
            } catch (IllegalArgumentException e) {
                throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "a next-page link is not a URL");
            }
            if (!sameOrigin(request.base() == null ? origin : URI.create(base), target)) {
                throw new RemoteException(RemoteException.Kind.PAGINATION, 0, "a next-page link leads to another"
                        + " host (" + target.getHost() + "); Atrium only follows links on the integration's own host");
            }
            StringBuilder url = new StringBuilder(target.toString());
            appendQuery(url, target.getRawQuery() == null ? '?' : '&', credentials.query());
            return url.toString();
        }
        StringBuilder url = new StringBuilder(base);
        if (!request.path().startsWith("/")) {
            url.append('/');
        }
        url.append(request.path());
        char separator = appendQuery(url, request.path().contains("?") ? '&' : '?', request.query());
        appendQuery(url, separator, credentials.query());
        return url.toString();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Same scheme, host and port (a default port written out or not). */
    static boolean sameOrigin(URI origin, URI target) {
        return target.getScheme() != null && target.getScheme().equalsIgnoreCase(origin.getScheme())
                && target.getHost() != null && target.getHost().equalsIgnoreCase(origin.getHost())
                && port(target) == port(origin);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Appends query parameters; returns the separator for what comes next. */
    private static char appendQuery(StringBuilder url, char separator, Map<String, String> params) {
        char next = separator;
        for (Map.Entry<String, String> param : params.entrySet()) {
            url.append(next).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            next = '&';
        }
        return next;
    }

    private Duration backoff(int attempt) {
        long base = retry.initialDelay().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, retry.maxDelay().toMillis());
        // Equal jitter: never less than half the delay, so a crowd of retries spreads out without bunching at zero.
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** The wait a {@code Retry-After} header asks for; null without one. */
    static Duration retryAfter(RemoteResponse response) {
        return RetryAfter.parse(response.header("Retry-After"));
    }

    private RemoteException statusError(RemoteRequest request, RemoteResponse response, int attempts, String message) {
        int status = response.status();
        RemoteException.Kind kind = status == 429 ? RemoteException.Kind.RATE_LIMITED : RemoteException.Kind.STATUS;
        String tries = attempts > 1 ? " after " + attempts + " attempts" : "";
        String text = request.method() + " " + label(request) + " answered HTTP " + status + tries;
        return new RemoteException(kind, status, message == null ? text : message + " (" + text + ")", excerpt(response),
                null);
    }

    private RemoteException malformed(RemoteRequest request, RemoteResponse response, String what, Throwable cause) {
        return new RemoteException(RemoteException.Kind.MALFORMED, response.status(), request.method() + " "
                + label(request) + ": " + what, excerpt(response), cause);
    }

    private static String excerpt(RemoteResponse response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return text.length() <= DETAIL_LIMIT ? text : text.substring(0, DETAIL_LIMIT) + "…";
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException || String.valueOf(cause.getMessage()).contains("timeout")) {
            return "timed out";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(RemoteException.Kind.UNAVAILABLE, 0, "interrupted while waiting to retry",
                    null, e);
        }
    }

    /** No answer at all: a timeout or a connection failure. */
    private static final class TransportException extends RuntimeException {
        TransportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The request's path as logs and errors may show it. */
    private String label(RemoteRequest request) {
        return mask.hide(request.label());
    }
}
