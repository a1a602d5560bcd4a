package dev.atrium.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.RetryPolicy;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one integration's requests to its tool: adds the base URL, the headers and authentication of the
 * mapping, respects the rate limit, and retries what is safe to retry with exponential backoff and jitter,
 * honouring {@code Retry-After}. Blocks the calling thread (sync work runs off the event loop).
 */
public final class Requester {

    private static final Logger LOG = LoggerFactory.getLogger(Requester.class);
    private static final int DETAIL_LIMIT = 500;

    private final WebClient client;
    private final String integrationId;
    private final String baseUrl;
    private final Map<String, String> headers;
    private final Map<String, String> authQuery;
    private final Duration timeout;
    private final RetryPolicy retry;
    private final RateLimiter rateLimiter;

    /**
     * @param headers   headers for every request, authentication headers included
     * @param authQuery query parameters carrying credentials, added to every request and never logged
     */
    public Requester(WebClient client, String integrationId, String baseUrl, Map<String, String> headers,
            Map<String, String> authQuery, Duration timeout, RetryPolicy retry, RateLimiter rateLimiter) {
        this.client = client;
        this.integrationId = integrationId;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.headers = Map.copyOf(headers);
        this.authQuery = Map.copyOf(authQuery);
        this.timeout = timeout;
        this.retry = retry;
        this.rateLimiter = rateLimiter;
    }

    /** Sends a read and parses its JSON body; every failure is a {@link RemoteException}. */
    public JsonNode getJson(RemoteRequest request) {
        RemoteResponse response = send(request);
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

    /** Sends a request with retries; returns the first 2xx response. */
    public RemoteResponse send(RemoteRequest request) {
        int attempt = 0;
        while (true) {
            attempt++;
            RemoteResponse response;
            try {
                if (rateLimiter != null) {
                    rateLimiter.acquire();
                }
                response = once(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteException(RemoteException.Kind.UNAVAILABLE, 0,
                        "interrupted while reading " + request.path(), null, e);
            } catch (TransportException e) {
                if (attempt >= retry.maxAttempts()) {
                    throw new RemoteException(RemoteException.Kind.UNAVAILABLE, 0, request.method() + " "
                            + request.path() + " failed after " + attempt + " attempts: " + e.getMessage(), null, e);
                }
                Duration delay = backoff(attempt);
                LOG.atWarn().addKeyValue("integration", integrationId).addKeyValue("path", request.path())
                        .addKeyValue("attempt", attempt).addKeyValue("retry_in_ms", delay.toMillis())
                        .addKeyValue("reason", e.getMessage()).log("remote.retry");
                sleep(delay);
                continue;
            }
            int status = response.status();
            if (status >= 200 && status < 300) {
                return response;
            }
            if (!retry.statuses().contains(status) || attempt >= retry.maxAttempts()) {
                throw statusError(request, response, attempt);
            }
            Duration delay = retryAfter(response);
            if (delay != null && delay.compareTo(retry.maxRetryAfter()) > 0) {
                throw new RemoteException(RemoteException.Kind.RATE_LIMITED, status, request.method() + " "
                        + request.path() + " asked us to wait " + delay.toSeconds() + " s (Retry-After), more than the "
                        + retry.maxRetryAfter().toSeconds() + " s this mapping allows", excerpt(response), null);
            }
            if (delay == null) {
                delay = backoff(attempt);
            }
            LOG.atWarn().addKeyValue("integration", integrationId).addKeyValue("path", request.path())
                    .addKeyValue("status", status).addKeyValue("attempt", attempt)
                    .addKeyValue("retry_in_ms", delay.toMillis()).log("remote.retry");
            sleep(delay);
        }
    }

    private RemoteResponse once(RemoteRequest request) throws InterruptedException {
        HttpRequest<Buffer> http = client.requestAbs(HttpMethod.valueOf(request.method()), url(request))
                .timeout(timeout.toMillis())
                .followRedirects(false);
        headers.forEach(http::putHeader);
        request.headers().forEach(http::putHeader);
        Future<HttpResponse<Buffer>> future = http.send();
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
            throw new TransportException(describe(e));
        }
    }

    private String url(RemoteRequest request) {
        StringBuilder url = new StringBuilder(baseUrl);
        if (!request.path().startsWith("/")) {
            url.append('/');
        }
        url.append(request.path());
        char separator = request.path().contains("?") ? '&' : '?';
        for (Map<String, String> params : java.util.List.of(request.query(), authQuery)) {
            for (Map.Entry<String, String> param : params.entrySet()) {
                url.append(separator).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
                separator = '&';
            }
        }
        return url.toString();
    }

    private Duration backoff(int attempt) {
        long base = retry.initialDelay().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, retry.maxDelay().toMillis());
        // Equal jitter: never less than half the delay, so a crowd of retries spreads out without bunching at zero.
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** The wait a {@code Retry-After} header asks for, in seconds or as an HTTP date; null without one. */
    static Duration retryAfter(RemoteResponse response) {
        String value = response.header("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private RemoteException statusError(RemoteRequest request, RemoteResponse response, int attempts) {
        int status = response.status();
        RemoteException.Kind kind = status == 429 ? RemoteException.Kind.RATE_LIMITED : RemoteException.Kind.STATUS;
        String tries = attempts > 1 ? " after " + attempts + " attempts" : "";
        return new RemoteException(kind, status, request.method() + " " + request.path() + " answered HTTP "
                + status + tries, excerpt(response), null);
    }

    private RemoteException malformed(RemoteRequest request, RemoteResponse response, String what, Throwable cause) {
        return new RemoteException(RemoteException.Kind.MALFORMED, response.status(), request.method() + " "
                + request.path() + ": " + what, excerpt(response), cause);
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
        TransportException(String message) {
            super(message);
        }
    }
}
