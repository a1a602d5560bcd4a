package dev.atrium.sandbox.paycor.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.paycor.RefreshErrorBody;
import dev.atrium.sandbox.paycor.auth.RefreshOutcome;
import dev.atrium.sandbox.paycor.auth.RefreshRefusal;
import dev.atrium.sandbox.paycor.auth.TokenGrant;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two ways to trade a refresh token for tokens (fact sheet B2): the OAuth form endpoint
 * {@code /sts/v1/common/token} and the newer JSON endpoint {@code retrieveAccessTokenWithRefreshToken}.
 * Both spend the presented refresh token and hand out a new one.
 */
final class TokenHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(TokenHandlers.class);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final PaycorSimulator simulator;

    TokenHandlers(PaycorSimulator simulator) {
        this.simulator = simulator;
    }

    void sts(RoutingContext ctx) {
        String type = contentType(ctx);
        if (!type.startsWith(FORM)) {
            oauthError(ctx, "invalid_request", "The request must be application/x-www-form-urlencoded.");
            return;
        }
        Map<String, String> form = parseForm(ctx.body().asString());
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            oauthError(ctx, "invalid_request", "grant_type is missing.");
            return;
        }
        // This simulator never runs the browser consent, so no authorization code it sees can be valid.
        if (grantType.equals("authorization_code")) {
            refuse(ctx, new RefreshRefusal("invalid_grant", "The authorization code is invalid or expired."));
            return;
        }
        if (!grantType.equals("refresh_token")) {
            oauthError(ctx, "unsupported_grant_type", "Only authorization_code and refresh_token are supported.");
            return;
        }
        String clientId = form.get("client_id");
        String clientSecret = form.get("client_secret");
        String[] basic = basicClient(ctx.request().getHeader("Authorization"));
        if (clientId == null && basic != null) {
            clientId = basic[0];
            clientSecret = basic[1];
        }
        answer(ctx, clientId, clientSecret, form.get("refresh_token"));
    }

    void retrieveWithRefreshToken(RoutingContext ctx) {
        String type = contentType(ctx);
        if (!type.contains("json")) {
            PaycorReplies.error(ctx, 415, "Unsupported Media Type", "The request body must be application/json.", null);
            return;
        }
        JsonNode body;
        try {
            body = ctx.body().buffer() == null ? null : PaycorJson.MAPPER.readTree(ctx.body().buffer().getBytes());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            PaycorReplies.validation(ctx, Map.of("body", "The request body must be a JSON object."));
            return;
        }
        // The RefreshToken schema names its fields in snake_case; camelCase keys leave them missing.
        Map<String, String> missing = new LinkedHashMap<>();
        for (String field : new String[] {"refresh_token", "client_id", "client_secret"}) {
            JsonNode value = body.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                missing.put(field, "The " + field + " field is required.");
            }
        }
        if (!missing.isEmpty()) {
            PaycorReplies.validation(ctx, missing);
            return;
        }
        answer(ctx, body.get("client_id").asText(), body.get("client_secret").asText(), body.get("refresh_token").asText());
    }

    private void answer(RoutingContext ctx, String clientId, String clientSecret, String refreshToken) {
        PaycorSettings s = simulator.settings();
        RefreshOutcome outcome = simulator.tokens().refresh(clientId, clientSecret, refreshToken,
                s.accessTokenTtlSeconds(), System.nanoTime(), System.currentTimeMillis() / 1000);
        if (outcome instanceof TokenGrant grant) {
            LOG.atDebug().addKeyValue("expires_in", grant.expiresIn()).log("paycor.token_issued");
            ObjectNode body = PaycorJson.MAPPER.createObjectNode();
            body.put("access_token", grant.accessToken());
            body.put("expires_in", grant.expiresIn());
            body.put("token_type", TokenGrant.TOKEN_TYPE);
            body.put("refresh_token", grant.refreshToken());
            ctx.response().putHeader("Cache-Control", "no-store").putHeader("Pragma", "no-cache");
            JsonReplies.send(ctx, 200, body);
        } else {
            refuse(ctx, (RefreshRefusal) outcome);
        }
    }

    private void refuse(RoutingContext ctx, RefreshRefusal refusal) {
        LOG.atInfo().addKeyValue("error", refusal.error()).log("paycor.refresh_refused");
        if (simulator.settings().refreshErrorBody() == RefreshErrorBody.PAYCOR_ERROR) {
            PaycorReplies.error(ctx, 400, refusal.error(), refusal.description(), null);
        } else {
            oauthError(ctx, refusal.error(), refusal.description());
        }
    }

    private static void oauthError(RoutingContext ctx, String error, String description) {
        JsonReplies.send(ctx, 400, PaycorJson.MAPPER.createObjectNode().put("error", error).put("error_description", description));
    }

    private static String contentType(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT).trim();
    }

    /** client_secret_basic: {@code Authorization: Basic base64(id:secret)}, the other standard way to send the client. */
    private static String[] basicClient(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An urlencoded body; a repeated field keeps its first value. */
    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                // A malformed escape leaves the field out, which then reads as missing.
            }
        }
        return form;
    }
}
