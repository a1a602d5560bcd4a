package dev.atrium.server.api;

import dev.atrium.engine.store.ApiKeyGrant;
import dev.atrium.engine.store.EnvironmentStore;
import dev.atrium.engine.store.Integration;
import dev.atrium.engine.store.IntegrationStore;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/** Who is calling and for which integration: the checks every /v1 request goes through first. */
public final class ApiRequest {

    private ApiRequest() {
    }

    /** The grant of the request's {@code Authorization: Bearer <key>}; 401 without a live key. */
    public static ApiKeyGrant authenticate(EnvironmentStore environments, HttpServerRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            throw new ApiException(ErrorCode.AUTHENTICATION_INVALID,
                    "send your API key in the Authorization header: Authorization: Bearer <key>");
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw new ApiException(ErrorCode.AUTHENTICATION_INVALID,
                    "the Authorization header must be 'Bearer <key>'");
        }
        return environments.authenticate(parts[1].trim()).orElseThrow(() -> new ApiException(
                ErrorCode.AUTHENTICATION_INVALID, "the API key is not valid (unknown or revoked)"));
    }

    /** An environment key's grant; admin keys do not read environment data. */
    public static ApiKeyGrant authenticateEnvironment(EnvironmentStore environments, HttpServerRequest request) {
        ApiKeyGrant grant = authenticate(environments, request);
        if (grant.scope() != ApiKeyGrant.Scope.ENVIRONMENT) {
            throw new ApiException(ErrorCode.AUTHENTICATION_INVALID,
                    "this is an admin key; the data API takes an environment's API key");
        }
        return grant;
    }

    /**
     * The integration named by {@code X-Integration-Id}, which must belong to the key's environment and have
     * completed its first sync.
     */
    public static Integration integration(IntegrationStore integrations, ApiKeyGrant grant, HttpServerRequest request) {
        return integrationOf(integrations, grant, integrationHeader(request), false);
    }

    /** The X-Integration-Id header, which the endpoint requires. */
    public static String integrationHeader(HttpServerRequest request) {
        String id = request.getHeader("X-Integration-Id");
        if (id == null || id.isBlank()) {
            throw ApiException.invalid("the X-Integration-Id header is required on this endpoint");
        }
        return id;
    }

    /**
     * An integration of the key's environment by id: another environment's integration is reported as not
     * found, so keys learn nothing about other environments. Unless {@code beforeFirstSync}, an integration
     * whose first sync has not completed answers INTEGRATION.SETUP_SYNC_PENDING.
     */
    public static Integration integrationOf(IntegrationStore integrations, ApiKeyGrant grant, String id,
            boolean beforeFirstSync) {
        if (id == null || id.isBlank()) {
            throw ApiException.invalid("an integration id is required");
        }
        Integration integration = integrations.find(id.trim())
                .filter(found -> found.environmentId().equals(grant.environmentId()))
                .orElseThrow(() -> new ApiException(ErrorCode.INTEGRATION_NOT_FOUND,
                        "no integration '" + abbreviate(id.trim()) + "' in this environment"));
        if (!beforeFirstSync) {
            requireFirstSync(integration);
        }
        return integration;
    }

    /** INTEGRATION.SETUP_SYNC_PENDING until the integration's first sync has completed. */
    public static void requireFirstSync(Integration integration) {
        if (integration.firstSyncCompletedAt() == null) {
            throw new ApiException(ErrorCode.SETUP_SYNC_PENDING, "the first sync of integration " + integration.id()
                    + " has not completed yet; data is served once it has");
        }
    }

    /** The request body as a JSON object; an empty body is an empty object. */
    public static JsonNode jsonBody(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        if (type != null && (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"))) {
            throw ApiException.invalid("the request body must be JSON (Content-Type: application/json)");
        }
        String text = context.body() == null ? null : context.body().asString();
        if (text == null || text.isBlank()) {
            return Json.object();
        }
        try {
            // Text after the JSON value is an error too: a truncated or concatenated body is not a request.
            JsonNode body = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            if (body == null || !body.isObject()) {
                throw ApiException.invalid("the request body must be a JSON object");
            }
            return body;
        } catch (java.io.IOException e) {
            throw ApiException.invalid("the request body is not valid JSON");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
