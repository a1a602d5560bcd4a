package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.http.FakeRemote;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.store.AuthStateStore;
import dev.atrium.engine.store.Secrets;
import dev.atrium.engine.store.SyncRun;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every authentication style a mapping can declare, against a local fake of the tool. */
class AuthFlowsTest {

    @TempDir
    Path folder;

    /** A one-stream mapping whose auth and extra headers vary per test; tokens come from the same remote. */
    private static String mapping(String auth, String headers) {
        return """
                format: atrium-connector/v1
                tool: demo
                label: Demo
                category: ats
                connection:
                  user: { label: User, required: false }
                  secret: { label: Secret, secret: true, required: false }
                  refresh_token: { label: Refresh token, secret: true, required: false }
                  login_url: { label: Login URL, required: false }
                http:
                  base_url: https://example.test
                  headers: {%s}
                  retry: { max_attempts: 2, initial_delay_ms: 1, max_delay_ms: 5 }
                  auth:
                %s
                streams:
                  items:
                    request: { path: /items }
                    records: data
                    emit:
                      - model: tags
                        transform: '{ "remote_id": id, "name": name }'
                """.formatted(headers, auth.indent(4).stripTrailing());
    }

    private static void items(RoutingContext context) {
        FakeRemote.json(context, 200, "{\"data\": [{\"id\": 1, \"name\": \"one\"}, {\"id\": 2, \"name\": \"two\"}]}");
    }

    private static void unauthorized(RoutingContext context) {
        context.response().setStatusCode(401).end();
    }

    @Test
    void basicAuthSendsUserAndPassword() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("""
                type: basic
                username: "{$connection.user}"
                password: "{$connection.secret}"
                """, ""), Map.of("user", "ada", "secret", "s3cret"))) {
            String expected = "Basic " + Base64.getEncoder().encodeToString("ada:s3cret".getBytes(StandardCharsets.UTF_8));
            harness.remote.get("/items", context -> {
                if (expected.equals(context.request().getHeader("Authorization"))) {
                    items(context);
                } else {
                    unauthorized(context);
                }
            });
            SyncRun run = harness.sync();
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertEquals(2, harness.count("tags"));
        }
    }

    /** Bearer when the integration has a token, Basic when it has only a user: the first filled option wins. */
    private static final String EITHER = """
            type: either
            options:
              - when: refresh_token
                auth: { type: bearer, token: "{$connection.refresh_token}" }
              - when: user
                auth: { type: basic, username: "{$connection.user}", password: "{$connection.secret}" }
            """;

    @Test
    void eitherAuthUsesTheFirstOptionWhoseConnectionFieldIsFilledIn() {
        Map<String, String> seen = new ConcurrentHashMap<>();
        try (SyncHarness harness = new SyncHarness(folder.resolve("bearer"), mapping(EITHER, ""),
                Map.of("refresh_token", "tok-1", "user", "ada", "secret", "s3cret"))) {
            harness.remote.get("/items", context -> {
                seen.put("bearer", String.valueOf(context.request().getHeader("Authorization")));
                items(context);
            });
            assertEquals("SUCCEEDED", harness.sync().state());
        }
        try (SyncHarness harness = new SyncHarness(folder.resolve("basic"), mapping(EITHER, ""),
                Map.of("user", "ada", "secret", "s3cret"))) {
            harness.remote.get("/items", context -> {
                seen.put("basic", String.valueOf(context.request().getHeader("Authorization")));
                items(context);
            });
            assertEquals("SUCCEEDED", harness.sync().state());
        }
        assertEquals("Bearer tok-1", seen.get("bearer"));
        assertEquals("Basic " + Base64.getEncoder().encodeToString("ada:s3cret".getBytes(StandardCharsets.UTF_8)),
                seen.get("basic"));
    }

    @Test
    void eitherAuthWithNoOptionFilledInFailsTheSyncSayingWhatToFillIn() {
        try (SyncHarness harness = new SyncHarness(folder, mapping(EITHER, ""), Map.of("secret", "s3cret"))) {
            harness.remote.get("/items", AuthFlowsTest::items);
            SyncRun run = harness.sync();
            assertEquals("FAILED", run.state());
            assertTrue(run.error().contains("fill in one of [refresh_token, user]"), run.error());
            assertEquals(0, harness.remote.seen().size(), "nothing was sent without credentials");
        }
    }

    @Test
    void anApiKeyInTheQueryNeverShowsInErrors() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("""
                type: api_key
                in: query
                name: api_key
                value: "{$connection.secret}"
                """, ""), Map.of("secret", "k-123"))) {
            harness.remote.get("/items", context -> FakeRemote.json(context, 500, "{\"error\": \"down\"}"));
            SyncRun run = harness.sync();
            assertEquals("FAILED", run.state());
            assertTrue(harness.remote.seen().get(0).query().contains("api_key=k-123"));
            assertFalse(run.error().contains("k-123"), run.error());
        }
    }

    @Test
    void aStaticBearerTokenAndExtraHeadersGoTogether() {
        try (SyncHarness harness = new SyncHarness(folder, mapping("""
                type: bearer
                token: "{$connection.secret}"
                """, "Ocp-Apim-Subscription-Key: \"{$connection.user}\""), Map.of("user", "sub-key", "secret", "tok"))) {
            harness.remote.get("/items", context -> {
                boolean ok = "Bearer tok".equals(context.request().getHeader("Authorization"))
                        && "sub-key".equals(context.request().getHeader("Ocp-Apim-Subscription-Key"));
                if (ok) {
                    items(context);
                } else {
                    unauthorized(context);
                }
            });
            assertEquals("SUCCEEDED", harness.sync().state());
        }
    }

    private static final String CLIENT_CREDENTIALS = """
            type: token
            obtain:
              url: "{$connection.login_url}/oauth/token"
              form:
                grant_type: client_credentials
                client_id: "{$connection.user}"
                client_secret: "{$connection.secret}"
                audience: https://api.example.test/v1/
            token: access_token
            expires_in: expires_in
            refresh_before_seconds: 0
            """;

    @Test
    void clientCredentialsTokensAreCachedAcrossSyncsAndSentAsBearer() {
        AtomicInteger issued = new AtomicInteger();
        try (SyncHarness harness = new SyncHarness(folder, mapping(CLIENT_CREDENTIALS, ""), Map.of("user", "client",
                "secret", "s3cret", "login_url", "LOGIN"))) {
            harness.engine.integrations().reconnect(harness.integration.id(), harness.remote.baseUrl(),
                    Map.of("user", "client", "secret", "s3cret", "login_url", harness.remote.baseUrl()));
            harness.remote.post("/oauth/token", context -> {
                String body = context.body().asString();
                if (!body.contains("audience=https%3A%2F%2Fapi.example.test%2Fv1%2F") || !body.contains("client_secret=s3cret")) {
                    context.response().setStatusCode(403).end("{\"error\": \"access_denied\"}");
                    return;
                }
                FakeRemote.json(context, 200, "{\"access_token\": \"t" + issued.incrementAndGet()
                        + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}");
            });
            harness.remote.get("/items", context -> {
                if ("Bearer t1".equals(context.request().getHeader("Authorization"))) {
                    items(context);
                } else {
                    unauthorized(context);
                }
            });
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals(1, issued.get(), "the token is reused until it expires");
        }
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheRequestRetried() {
        AtomicInteger issued = new AtomicInteger();
        try (SyncHarness harness = new SyncHarness(folder, mapping(CLIENT_CREDENTIALS, ""), Map.of("user", "c",
                "secret", "s3cret"))) {
            harness.engine.integrations().reconnect(harness.integration.id(), harness.remote.baseUrl(),
                    Map.of("user", "c", "secret", "s3cret", "login_url", harness.remote.baseUrl()));
            harness.remote.post("/oauth/token", context -> FakeRemote.json(context, 200, "{\"access_token\": \"t"
                    + issued.incrementAndGet() + "\", \"expires_in\": 3600}"));
            // The tool revokes the first token: only the second one is accepted.
            harness.remote.get("/items", context -> {
                if ("Bearer t2".equals(context.request().getHeader("Authorization"))) {
                    items(context);
                } else {
                    unauthorized(context);
                }
            });
            SyncRun run = harness.sync();
            assertEquals("SUCCEEDED", run.state(), run.error());
            assertEquals(2, issued.get());
        }
    }

    @Test
    void credentialsThatStayRefusedFailTheSyncAsAnAuthenticationError() {
        try (SyncHarness harness = new SyncHarness(folder, mapping(CLIENT_CREDENTIALS, ""), Map.of("user", "c",
                "secret", "s"))) {
            harness.engine.integrations().reconnect(harness.integration.id(), harness.remote.baseUrl(),
                    Map.of("user", "c", "secret", "s", "login_url", harness.remote.baseUrl()));
            harness.remote.post("/oauth/token", context -> FakeRemote.json(context, 200,
                    "{\"access_token\": \"t\", \"expires_in\": 3600}"));
            harness.remote.get("/items", AuthFlowsTest::unauthorized);
            SyncRun run = harness.sync();
            assertEquals("FAILED", run.state());
            assertTrue(run.error().contains("credentials are not valid"), run.error());
            assertEquals(2, harness.remote.count("/items"), "one retry after one renewal, no more");
        }
    }

    private static final String ROTATING_REFRESH = """
            type: token
            refresh:
              # Relative: the token call goes to the integration's base URL, wherever that points.
              url: /sts/token
              form:
                grant_type: refresh_token
                refresh_token: "{$auth.refresh_token}"
                client_id: "{$connection.user}"
            initial_refresh_token: "{$connection.refresh_token}"
            token: access_token
            refresh_token: refresh_token
            expires_in: expires_in
            refresh_before_seconds: 0
            """;

    /** A tool whose refresh tokens work once each and rotate (Paycor style). */
    private static final class RotatingTool {
        final Set<String> valid = ConcurrentHashMap.newKeySet();
        final AtomicInteger serial = new AtomicInteger();
        final AtomicReference<String> liveAccess = new AtomicReference<>();

        RotatingTool(String initial) {
            valid.add(initial);
        }

        void mount(FakeRemote remote, Runnable onTokenUse) {
            remote.post("/sts/token", context -> {
                String used = context.request().getFormAttribute("refresh_token");
                if (used == null || !valid.remove(used)) {
                    FakeRemote.json(context, 400, "{\"error\": \"invalid_grant\"}");
                    return;
                }
                int n = serial.incrementAndGet();
                valid.add("r" + n);
                liveAccess.set("a" + n);
                FakeRemote.json(context, 200, "{\"access_token\": \"a" + n + "\", \"expires_in\": 1,"
                        + " \"refresh_token\": \"r" + n + "\"}");
            });
            remote.get("/items", context -> {
                if (("Bearer " + liveAccess.get()).equals(context.request().getHeader("Authorization"))) {
                    onTokenUse.run();
                    items(context);
                } else {
                    unauthorized(context);
                }
            });
        }
    }

    @Test
    void rotatedRefreshTokensArePersistedBeforeTheirAccessTokenIsUsed() throws InterruptedException {
        RotatingTool tool = new RotatingTool("r0");
        Secrets secrets = Secrets.fromKeyFile(folder.resolve("secret.key"));
        EngineSettings settings = EngineSettings.of("sqlite:" + folder.resolve("atrium.db"), secrets);
        AtomicReference<String> storedWhenUsed = new AtomicReference<>();
        try (SyncHarness harness = new SyncHarness(folder, mapping(ROTATING_REFRESH, ""), Map.of("user", "c",
                "refresh_token", "r0"), settings)) {
            AuthStateStore vault = new AuthStateStore(harness.engine.database(), secrets);
            tool.mount(harness.remote, () -> storedWhenUsed.set(vault.load(harness.integration.id())
                    .map(state -> state.path("refresh_token").asText()).orElse(null)));
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals("r1", storedWhenUsed.get(), "the rotated refresh token was saved before the access token went out");
            Thread.sleep(1_100);
            SyncRun second = harness.sync();
            assertEquals("SUCCEEDED", second.state(), second.error());
            // Each sync builds its authentication afresh from the store, as a restarted node would: the second
            // one could only succeed with r1 from the store, since the tool refuses the spent initial r0.
            assertEquals("r2", storedWhenUsed.get(), "the second sync refreshed with r1, not the spent initial r0");
        }
    }

    @Test
    void aSessionLoginIsRenewedWithItsRefreshCall() {
        String auth = """
                type: token
                obtain:
                  url: "{$connection.login_url}/users/login"
                  headers: { X-DR-API-KEY: "{$connection.secret}" }
                  json: '{"email": $connection.user, "password": "pw"}'
                refresh:
                  url: "{$connection.login_url}/users/refresh"
                  headers: { X-DR-API-KEY: "{$connection.secret}" }
                  json: '{"token": $auth.refresh_token}'
                token: token
                refresh_token: refresh_token
                """;
        AtomicInteger logins = new AtomicInteger();
        AtomicInteger refreshes = new AtomicInteger();
        AtomicReference<String> live = new AtomicReference<>();
        try (SyncHarness harness = new SyncHarness(folder, mapping(auth, "X-DR-API-KEY: \"{$connection.secret}\""),
                Map.of("user", "ana@example.test", "secret", "dr-key"))) {
            harness.engine.integrations().reconnect(harness.integration.id(), harness.remote.baseUrl(),
                    Map.of("user", "ana@example.test", "secret", "dr-key", "login_url", harness.remote.baseUrl()));
            harness.remote.post("/users/login", context -> {
                JsonNode body = context.body().asJsonObject() == null ? null : Json.MAPPER.valueToTree(
                        context.body().asJsonObject().getMap());
                boolean ok = body != null && "ana@example.test".equals(body.path("email").asText())
                        && "dr-key".equals(context.request().getHeader("X-DR-API-KEY"));
                if (!ok) {
                    unauthorized(context);
                    return;
                }
                live.set("s" + logins.incrementAndGet());
                FakeRemote.json(context, 200, "{\"token\": \"" + live.get() + "\", \"refresh_token\": \"rt\"}");
            });
            harness.remote.post("/users/refresh", context -> {
                if (!"rt".equals(context.body().asJsonObject().getString("token"))) {
                    unauthorized(context);
                    return;
                }
                live.set("f" + refreshes.incrementAndGet());
                FakeRemote.json(context, 200, "{\"token\": \"" + live.get() + "\", \"refresh_token\": \"rt\"}");
            });
            harness.remote.get("/items", context -> {
                if (("Bearer " + live.get()).equals(context.request().getHeader("Authorization"))
                        && "dr-key".equals(context.request().getHeader("X-DR-API-KEY"))) {
                    items(context);
                } else {
                    unauthorized(context);
                }
            });
            assertEquals("SUCCEEDED", harness.sync().state());
            live.set("expired-on-the-server");
            SyncRun second = harness.sync();
            assertEquals("SUCCEEDED", second.state(), second.error());
            assertEquals(1, logins.get());
            assertEquals(1, refreshes.get(), "the 401 led to the refresh call, not a new login");
        }
    }

    @Test
    void aFormPostedClientIdAndSecretReturnAJwtWhoseExpiryIsRead() {
        long exp = System.currentTimeMillis() / 1000 + 2;
        String jwt = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"exp\":" + exp + "}")
                .getBytes(StandardCharsets.UTF_8)) + ".sig";
        String auth = """
                type: token
                obtain:
                  url: "{$connection.login_url}/token"
                  form: { clientId: "{$connection.user}", clientSecret: "{$connection.secret}" }
                token: "(*)[0]"
                refresh_before_seconds: 0
                """;
        AtomicInteger issued = new AtomicInteger();
        try (SyncHarness harness = new SyncHarness(folder, mapping(auth, ""), Map.of("user", "id", "secret", "sec"))) {
            harness.engine.integrations().reconnect(harness.integration.id(), harness.remote.baseUrl(),
                    Map.of("user", "id", "secret", "sec", "login_url", harness.remote.baseUrl()));
            harness.remote.post("/token", context -> {
                issued.incrementAndGet();
                FakeRemote.json(context, 200, "{\"jwt\": \"" + jwt + "\", \"other\": 1}");
            });
            harness.remote.get("/items", context -> {
                if (("Bearer " + jwt).equals(context.request().getHeader("Authorization"))) {
                    items(context);
                } else {
                    unauthorized(context);
                }
            });
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals("SUCCEEDED", harness.sync().state());
            assertEquals(1, issued.get(), "the token is reused while its exp claim lies ahead");
        }
    }
}
