package dev.atrium.sandbox.icims.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.icims.IcimsSettings;
import dev.atrium.sandbox.icims.IcimsSimulator;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /oauth/token} of the login host (fact sheet A2): client credentials with the API audience, as a
 * form (or JSON, which Auth0-style servers also take), answered Auth0-style.
 */
final class TokenHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TokenHandler.class);

    private final IcimsSimulator simulator;

    TokenHandler(IcimsSimulator simulator) {
        this.simulator = simulator;
    }

    void token(RoutingContext ctx) {
        IcimsSettings s = simulator.settings();
        if (simulator.tokenThrottle().acquire("token", s.tokenRequestsPerWindow(), s.tokenWindowSeconds(), System.nanoTime()) > 0) {
            oauthError(ctx, 429, "too_many_requests", "Too many token requests for this client.");
            return;
        }
        MultiMap form = params(ctx);
        if (form == null) {
            oauthError(ctx, 400, "invalid_request", "The request body could not be read.");
            return;
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            oauthError(ctx, 400, "unsupported_grant_type", "Grant type '" + form.get("grant_type") + "' not allowed for the client.");
            return;
        }
        if (!simulator.tokens().knows(form.get("client_id"), form.get("client_secret"))) {
            LOG.atInfo().log("icims.token_refused");
            oauthError(ctx, 401, "access_denied", "Unauthorized");
            return;
        }
        if (!s.audience().equals(form.get("audience"))) {
            oauthError(ctx, 403, "access_denied", "Service not enabled within domain: " + form.get("audience"));
            return;
        }
        String token = simulator.tokens().issue(s.accessTokenTtlSeconds(), System.nanoTime(), System.currentTimeMillis() / 1000);
        ObjectNode body = JsonReplies.MAPPER.createObjectNode().put("access_token", token).put("token_type", "Bearer")
                .put("expires_in", s.accessTokenTtlSeconds());
        ctx.response().putHeader("Cache-Control", "no-store");
        JsonReplies.send(ctx, 200, body);
    }

    private static MultiMap params(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
            try {
                JsonNode json = JsonReplies.MAPPER.readTree(ctx.body().asString());
                MultiMap map = MultiMap.caseInsensitiveMultiMap();
                json.properties().forEach(e -> map.add(e.getKey(), e.getValue().asText()));
                return map;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return ctx.request().formAttributes();
    }

    private static void oauthError(RoutingContext ctx, int status, String error, String description) {
        JsonReplies.send(ctx, status, JsonReplies.MAPPER.createObjectNode().put("error", error)
                .put("error_description", description));
    }
}
