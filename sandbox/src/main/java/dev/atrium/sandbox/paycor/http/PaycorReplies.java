package dev.atrium.sandbox.paycor.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes Paycor responses: paged results, {@code PaycorError}, {@code PaycorRateLimitError}, and the
 * bodies Azure API Management itself answers with before a call reaches Paycor.
 */
final class PaycorReplies {

    static final String VALIDATION_TITLE = "Validation Error";
    static final String VALIDATION_DETAIL = "A validation error occurred. See the source for more information about specific errors.";

    private PaycorReplies() {
    }

    /** {@code {hasMoreResults, continuationToken, additionalResultsUrl, records}} (fact sheet B4). */
    static void paged(RoutingContext ctx, ArrayNode records, String token, String additionalResultsUrl) {
        ObjectNode body = PaycorJson.MAPPER.createObjectNode();
        body.put("hasMoreResults", token != null);
        body.put("continuationToken", token);
        body.put("additionalResultsUrl", additionalResultsUrl);
        body.set("records", records);
        JsonReplies.send(ctx, 200, body);
    }

    /** A {@code PaycorError}; the correlation id is random, as the vendor's are. */
    static void error(RoutingContext ctx, int status, String title, String detail, Map<String, String> source) {
        ObjectNode body = PaycorJson.MAPPER.createObjectNode();
        body.put("correlationId", UUID.randomUUID().toString());
        body.put("title", title);
        body.put("detail", detail);
        if (source == null) {
            body.putNull("source");
        } else {
            ObjectNode s = body.putObject("source");
            new TreeMap<>(source).forEach(s::put);
        }
        JsonReplies.send(ctx, status, body);
    }

    static void validation(RoutingContext ctx, Map<String, String> source) {
        error(ctx, 400, VALIDATION_TITLE, VALIDATION_DETAIL, source);
    }

    static void notFound(RoutingContext ctx, String what) {
        error(ctx, 404, "Not Found", "The " + what + " was not found.", null);
    }

    /** Azure APIM's answer when no subscription key came with the call (fact sheet B2). */
    static void missingSubscriptionKey(RoutingContext ctx) {
        JsonReplies.send(ctx, 401, PaycorJson.MAPPER.createObjectNode().put("statusCode", 401).put("message",
                "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."));
    }

    // The fact sheet documents only the missing-key text; this is APIM's standard wording for a wrong key.
    static void invalidSubscriptionKey(RoutingContext ctx) {
        JsonReplies.send(ctx, 401, PaycorJson.MAPPER.createObjectNode().put("statusCode", 401).put("message",
                "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."));
    }

    /** Missing, unknown or expired bearer token: 401 with no body (fact sheet B2). */
    static void unauthorized(RoutingContext ctx, boolean tokenGiven) {
        ctx.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer")
                .putHeader("Content-Length", "0").end();
    }

    /** The app lacks the operation's scope; the body is undocumented, so like the 401 there is none [G]. */
    static void forbidden(RoutingContext ctx) {
        ctx.response().setStatusCode(403).putHeader("Content-Length", "0").end();
    }

    /** {@code PaycorRateLimitError}, with Retry-After and APIM's statusCode when the settings say so. */
    static void rateLimited(RoutingContext ctx, long retryAfterSeconds, PaycorSettings settings) {
        if (settings.retryAfterHeader()) {
            ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        ObjectNode body = PaycorJson.MAPPER.createObjectNode();
        if (settings.rateLimitStatusCodeInBody()) {
            body.put("statusCode", 429);
        }
        body.put("message", "Rate limit is exceeded. Try again in " + retryAfterSeconds + " seconds.");
        JsonReplies.send(ctx, 429, body);
    }

    /** What APIM answers when no API operation matches the method and path. */
    static void noSuchOperation(RoutingContext ctx) {
        JsonReplies.send(ctx, 404, PaycorJson.MAPPER.createObjectNode().put("statusCode", 404).put("message", "Resource not found"));
    }
}
