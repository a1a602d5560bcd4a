package dev.atrium.engine.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.mapping.AuthSpec;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A token obtained and renewed by HTTP calls, as a mapping's {@code type: token} auth describes. The token and
 * any refresh token live in the integration's vault, so syncs, restarts and other nodes reuse them; a refresh
 * token that came back (rotation) is saved before the token that came with it is used.
 */
public final class TokenAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(TokenAuthenticator.class);
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final AuthSpec.Token spec;
    private final Bindings bindings;
    private final TokenCall call;
    private final TokenVault vault;
    private final String integrationId;
    private final LongSupplier clock;
    private Credentials credentials;
    private String token;
    private long expiresAt;

    public TokenAuthenticator(AuthSpec.Token spec, Bindings bindings, WebClient client, Duration timeout,
            String baseUrl, TokenVault vault, String integrationId, LongSupplier clock) {
        this.spec = spec;
        this.bindings = bindings;
        this.call = new TokenCall(client, timeout, baseUrl);
        this.vault = vault;
        this.integrationId = integrationId;
        this.clock = clock;
    }

    @Override
    public synchronized Credentials current() {
        if (credentials == null || clock.getAsLong() >= expiresAt - spec.refreshBefore().toMillis()) {
            acquire(false);
        }
        return credentials;
    }

    @Override
    public synchronized boolean renew(Credentials rejected) {
        if (credentials != null && !credentials.equals(rejected)) {
            return true;
        }
        acquire(true);
        return true;
    }

    /** Uses a stored token that is still good, unless {@code refused}; else refreshes or obtains a new one. */
    private void acquire(boolean refused) {
        Optional<ObjectNode> stored = vault.load();
        long now = clock.getAsLong();
        if (!refused && stored.isPresent() && stored.get().hasNonNull("token")
                && now < stored.get().path("expires_at").asLong(0) - spec.refreshBefore().toMillis()
                && !stored.get().get("token").asText().equals(token)) {
            use(stored.get().get("token").asText(), stored.get().path("expires_at").asLong());
            return;
        }
        String refreshToken = stored.map(state -> state.path("refresh_token").asText(null)).orElse(null);
        if (refreshToken == null && spec.initialRefreshToken() != null) {
            refreshToken = spec.initialRefreshToken().render(bindings);
        }
        JsonNode response;
        String via;
        if (spec.refresh() != null && refreshToken != null && !refreshToken.isBlank()) {
            try {
                response = call.send("token refresh", spec.refresh(), withAuth(null, refreshToken));
                via = "refresh";
            } catch (RemoteException e) {
                if (spec.obtain() == null || e.kind() != RemoteException.Kind.AUTHENTICATION) {
                    throw e;
                }
                // The refresh token is no longer accepted; a fresh login can still work.
                response = call.send("token request", spec.obtain(), withAuth(null, null));
                via = "obtain";
            }
        } else if (spec.obtain() != null) {
            response = call.send("token request", spec.obtain(), withAuth(null, null));
            via = "obtain";
        } else {
            throw new RemoteException(RemoteException.Kind.AUTHENTICATION, 0,
                    "no refresh token to renew the access token with; reconnect the integration");
        }
        JsonNode tokenNode = spec.token().evaluate(response, bindings);
        if (tokenNode == null || !tokenNode.isValueNode() || tokenNode.asText().isBlank()) {
            throw new RemoteException(RemoteException.Kind.AUTHENTICATION, 0, "the token response has no token where"
                    + " the mapping looks (" + spec.token().source() + ")");
        }
        String fresh = tokenNode.asText();
        String nextRefresh = refreshToken;
        if (spec.refreshToken() != null) {
            JsonNode rotated = spec.refreshToken().evaluate(response, bindings);
            if (rotated != null && rotated.isValueNode() && !rotated.asText().isBlank()) {
                nextRefresh = rotated.asText();
            }
        }
        long expires = now + lifetime(response, fresh).toMillis();
        ObjectNode state = Json.object();
        state.put("token", fresh);
        state.put("expires_at", expires);
        if (nextRefresh != null) {
            state.put("refresh_token", nextRefresh);
        }
        // Persist first: a rotated refresh token that is used but not saved would lock the integration out.
        vault.save(state);
        use(fresh, expires);
        LOG.atInfo().addKeyValue("integration", integrationId).addKeyValue("via", via)
                .addKeyValue("expires_in_s", (expires - now) / 1000).log("auth.token_renewed");
    }

    private void use(String accessToken, long expires) {
        String value = spec.value().render(withAuth(accessToken, null));
        if (value == null) {
            throw new RemoteException(RemoteException.Kind.AUTHENTICATION, 0, "the auth value template rendered to"
                    + " nothing");
        }
        credentials = new Credentials(Map.of(spec.header(), value), Map.of());
        token = accessToken;
        expiresAt = expires;
    }

    private Duration lifetime(JsonNode response, String accessToken) {
        if (spec.expiresIn() != null) {
            JsonNode seconds = spec.expiresIn().evaluate(response, bindings);
            if (seconds != null && (seconds.isNumber() || seconds.asText().matches("\\d+"))) {
                return Duration.ofSeconds(seconds.asLong());
            }
        }
        Long exp = jwtExpiry(accessToken);
        if (exp != null) {
            return Duration.ofMillis(Math.max(0, exp * 1000 - clock.getAsLong()));
        }
        return DEFAULT_LIFETIME;
    }

    /** The exp claim of a JWT, or null when the token is not one. */
    static Long jwtExpiry(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims != null && claims.path("exp").isNumber() ? claims.get("exp").asLong() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private Bindings withAuth(String accessToken, String refreshToken) {
        ObjectNode auth = Json.object();
        if (accessToken != null) {
            auth.put("token", accessToken);
        }
        if (refreshToken != null) {
            auth.put("refresh_token", refreshToken);
        }
        return bindings.with("auth", auth);
    }
}
