package dev.atrium.engine.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.FunctionContext;
import dev.atrium.engine.http.auth.Authenticator;
import dev.atrium.engine.http.auth.StaticAuthenticator;
import dev.atrium.engine.mapping.RetryPolicy;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequesterTest {

    private static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Set.of(429, 500, 502, 503, 504),
            Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));

    private static Vertx vertx;
    private static WebClient client;
    private FakeRemote remote;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
        client = WebClient.create(vertx);
    }

    @AfterAll
    static void stopVertx() {
        client.close();
        vertx.close().await();
    }

    @BeforeEach
    void startRemote() {
        remote = new FakeRemote(vertx);
    }

    @AfterEach
    void stopRemote() {
        remote.close();
    }

    private Requester requester(RetryPolicy retry, RateLimiter limiter, Duration timeout) {
        return new Requester(client, "demo:test", remote.baseUrl() + "/api", Map.of("X-Key", "secret-key"),
                new StaticAuthenticator(Authenticator.Credentials.NONE), timeout, retry, List.of(),
                Bindings.of(new FunctionContext("demo:test", Map.of())), limiter, null, SecretMask.NONE);
    }

    private Requester requester() {
        return requester(FAST_RETRY, null, Duration.ofSeconds(5));
    }

    @Test
    void sendsHeadersAndQueryAndParsesJson() {
        remote.get("/api/things", context -> FakeRemote.json(context, 200, "{\"page\": "
                + context.request().getParam("page") + "}"));
        JsonNode body = requester().getJson(RemoteRequest.get("/things").withQuery("page", "2"));
        assertEquals(2, body.get("page").asInt());
        assertEquals("secret-key", remote.seen().get(0).authHeader());
        assertEquals("page=2", remote.seen().get(0).query());
    }

    @Test
    void retriesServerErrorsUntilTheyPass() {
        AtomicInteger calls = new AtomicInteger();
        remote.get("/api/flaky", context -> {
            if (calls.incrementAndGet() < 3) {
                FakeRemote.json(context, 503, "{\"error\": \"busy\"}");
            } else {
                FakeRemote.json(context, 200, "{\"ok\": true}");
            }
        });
        assertTrue(requester().getJson(RemoteRequest.get("/flaky")).get("ok").asBoolean());
        assertEquals(3, remote.count("/api/flaky"));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheStatus() {
        remote.get("/api/down", context -> FakeRemote.json(context, 502, "{\"error\": \"bad gateway\"}"));
        RemoteException error = assertThrows(RemoteException.class, () -> requester().getJson(RemoteRequest.get("/down")));
        assertEquals(RemoteException.Kind.STATUS, error.kind());
        assertEquals(502, error.status());
        assertEquals(3, remote.count("/api/down"));
        assertTrue(error.getMessage().contains("/down") && error.getMessage().contains("502"), error.getMessage());
    }

    @Test
    void doesNotRetryClientErrors() {
        remote.get("/api/secret", context -> FakeRemote.json(context, 401, "{\"error_code\": \"unauthorized\"}"));
        RemoteException error = assertThrows(RemoteException.class, () -> requester().getJson(RemoteRequest.get("/secret")));
        assertEquals(401, error.status());
        assertEquals(1, remote.count("/api/secret"));
        assertEquals("{\"error_code\": \"unauthorized\"}", error.detail());
        assertTrue(!error.getMessage().contains("secret-key"), "the key never appears in errors");
    }

    @Test
    void honoursRetryAfterOn429() {
        AtomicInteger calls = new AtomicInteger();
        remote.get("/api/limited", context -> {
            if (calls.incrementAndGet() == 1) {
                context.response().setStatusCode(429).putHeader("Retry-After", "1").end("slow down");
            } else {
                FakeRemote.json(context, 200, "{\"ok\": true}");
            }
        });
        requester().getJson(RemoteRequest.get("/limited"));
        List<FakeRemote.Seen> seen = remote.seen();
        assertEquals(2, seen.size());
        // The default backoff here is 10 ms; only Retry-After explains a wait of about a second.
        assertTrue(seen.get(1).atMillis() - seen.get(0).atMillis() >= 900,
                "waited " + (seen.get(1).atMillis() - seen.get(0).atMillis()) + " ms");
    }

    @Test
    void waitsAskedForBy429sDoNotSpendTheAttemptsMeantForErrorsButAreBounded() {
        AtomicInteger calls = new AtomicInteger();
        // Three attempts are allowed; five paced refusals and one error still leave the request its answer.
        remote.get("/api/paced", context -> {
            int call = calls.incrementAndGet();
            if (call <= 5) {
                context.response().setStatusCode(429).putHeader("Retry-After", "0").end();
            } else if (call == 6) {
                context.response().setStatusCode(503).end();
            } else {
                FakeRemote.json(context, 200, "{\"ok\": true}");
            }
        });
        assertEquals("{\"ok\":true}", requester().getJson(RemoteRequest.get("/paced")).toString());
        assertEquals(7, remote.count("/api/paced"));

        remote.get("/api/never", context -> context.response().setStatusCode(429).putHeader("Retry-After", "0").end());
        RemoteException error = assertThrows(RemoteException.class, () -> requester().getJson(RemoteRequest.get("/never")));
        assertEquals(429, error.status());
        assertEquals(Requester.MAX_RATE_LIMIT_WAITS + 3, remote.count("/api/never"),
                "the bounded waits, then the three attempts");
    }

    @Test
    void refusesARetryAfterLongerThanTheMappingAllows() {
        remote.get("/api/banned", context -> context.response().setStatusCode(429).putHeader("Retry-After", "3600").end());
        RemoteException error = assertThrows(RemoteException.class, () -> requester().getJson(RemoteRequest.get("/banned")));
        assertEquals(RemoteException.Kind.RATE_LIMITED, error.kind());
        assertEquals(1, remote.count("/api/banned"));
    }

    @Test
    void malformedJsonFailsWithTheBodyQuotedInTheDetail() {
        remote.get("/api/broken", context -> FakeRemote.json(context, 200, "{\"data\": [1, 2"));
        RemoteException error = assertThrows(RemoteException.class, () -> requester().getJson(RemoteRequest.get("/broken")));
        assertEquals(RemoteException.Kind.MALFORMED, error.kind());
        assertEquals("{\"data\": [1, 2", error.detail());
    }

    @Test
    void timeoutsAreRetriedThenReportedAsUnavailable() {
        remote.get("/api/slow", context -> vertx.setTimer(2_000, id -> FakeRemote.json(context, 200, "{}")));
        RemoteException error = assertThrows(RemoteException.class,
                () -> requester(FAST_RETRY, null, Duration.ofMillis(200)).getJson(RemoteRequest.get("/slow")));
        assertEquals(RemoteException.Kind.UNAVAILABLE, error.kind());
        assertEquals(3, remote.count("/api/slow"));
    }

    @Test
    void theRateLimiterSpacesRequestsOut() {
        remote.get("/api/x", context -> FakeRemote.json(context, 200, "{}"));
        Requester limited = requester(FAST_RETRY, new RateLimiter(2, Duration.ofSeconds(1)),
                Duration.ofSeconds(5));
        for (int i = 0; i < 4; i++) {
            limited.getJson(RemoteRequest.get("/x"));
        }
        List<FakeRemote.Seen> seen = remote.seen();
        // A bucket of two: two at once, then one every half second.
        assertTrue(seen.get(3).atMillis() - seen.get(0).atMillis() >= 900,
                "4 requests took " + (seen.get(3).atMillis() - seen.get(0).atMillis()) + " ms");
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        io.vertx.core.MultiMap headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
        headers.add("Retry-After", "7");
        assertEquals(Duration.ofSeconds(7), Requester.retryAfter(new RemoteResponse(429, headers, new byte[0])));
        headers.set("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT");
        assertEquals(Duration.ZERO, Requester.retryAfter(new RemoteResponse(429, headers, new byte[0])));
        headers.set("Retry-After", "soon");
        assertNull(Requester.retryAfter(new RemoteResponse(429, headers, new byte[0])));
    }
}
