package dev.atrium.server.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.loading.YamlDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The OpenAPI 3.1 document of the /v1 API, assembled at start from the operations in
 * {@code openapi/atrium-api.yaml} and the response shapes in the schema files ({@link SchemaCatalog}), so no
 * shape is written twice. Each operation's {@code x-atrium-success} becomes its HTTP 200 answer in the
 * success or list envelope, and every operation that takes an API key gains the rate-limit headers, the 429
 * answer and the error envelope of its tag.
 */
public final class OpenApiDocument {

    static final String TEMPLATE = "openapi/atrium-api.yaml";
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final String ATS_TAG = "Unified ATS API";
    /** Derived rather than written: the error envelope of the general endpoints, with the platform codes only. */
    private static final String GENERAL_ERROR = "ErrorResponseGeneral";

    private static ObjectNode cached;

    private OpenApiDocument() {
    }

    /** The document; built once per process. Callers must not modify it. */
    public static synchronized ObjectNode get() {
        if (cached == null) {
            cached = assemble(readTemplate(), SchemaCatalog.load());
        }
        return cached;
    }

    static ObjectNode assemble(String template, SchemaCatalog catalog) {
        YamlDocument yaml = YamlDocument.parse(template);
        if (!yaml.problems().isEmpty()) {
            YamlDocument.Problem problem = yaml.problems().get(0);
            throw new IllegalStateException(TEMPLATE + ":" + problem.line() + ": " + problem.message());
        }
        ObjectNode document = (ObjectNode) yaml.root();
        boolean securedByDefault = !document.path("security").isEmpty();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = ops.next();
                if (METHODS.contains(operation.getKey())) {
                    complete((ObjectNode) operation.getValue(), securedByDefault, catalog,
                            operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        addSchemas(document, catalog);
        return document;
    }

    /** Writes the operation's responses: its success answer, and what every keyed call may answer. */
    private static void complete(ObjectNode operation, boolean securedByDefault, SchemaCatalog catalog, String name) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                : operation.putObject("responses");
        JsonNode success = operation.remove("x-atrium-success");
        if (success != null) {
            if (responses.has("200")) {
                throw new IllegalStateException(name + " has both x-atrium-success and a 200 response");
            }
            responses.set("200", successResponse(success, catalog, name));
        }
        if (!responses.has("200")) {
            throw new IllegalStateException(name + " has no success response");
        }
        boolean secured = operation.has("security") ? !operation.get("security").isEmpty() : securedByDefault;
        if (secured) {
            ObjectNode headers = ((ObjectNode) responses.get("200")).putObject("headers");
            headers.putObject("ratelimit-limit").put("$ref", "#/components/headers/RateLimitLimit");
            headers.putObject("ratelimit-remaining").put("$ref", "#/components/headers/RateLimitRemaining");
            headers.putObject("ratelimit-reset").put("$ref", "#/components/headers/RateLimitReset");
            responses.putObject("429").put("$ref", "#/components/responses/RateLimited");
            boolean ats = false;
            for (JsonNode tag : operation.path("tags")) {
                ats |= ATS_TAG.equals(tag.asText());
            }
            responses.putObject("default").put("$ref", "#/components/responses/" + (ats ? "ErrorAts" : "ErrorGeneral"));
        }
    }

    /**
     * The HTTP 200 answer {@code x-atrium-success} describes: {@code list: Item} (a page of items,
     * {@code next_cursor: true} adding the deprecated duplicate of next), {@code data: Schema} (the success
     * envelope around it, {@code warnings: true} making warnings required) or {@code body: Schema} (the
     * whole body).
     */
    private static ObjectNode successResponse(JsonNode spec, SchemaCatalog catalog, String name) {
        Set<String> keys = Set.of("list", "data", "body", "next_cursor", "warnings");
        spec.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                throw new IllegalStateException(name + ": unknown x-atrium-success key " + key);
            }
        });
        ObjectNode schema;
        String description;
        if (spec.has("list")) {
            schema = envelope(catalog, "ListResponse");
            ObjectNode data = (ObjectNode) schema.path("properties").path("data");
            ((ObjectNode) data.path("properties").path("results")).putObject("items")
                    .set("$ref", SchemaCatalog.ref(spec.get("list").asText()));
            if (spec.path("next_cursor").asBoolean(false)) {
                ((ObjectNode) data.get("properties")).putObject("next_cursor")
                        .put("description", "The same as next; kept for older clients.").put("deprecated", true)
                        .set("type", Json.MAPPER.createArrayNode().add("string").add("null"));
                ((ArrayNode) data.get("required")).add("next_cursor");
            }
            description = "One page of results.";
        } else if (spec.has("data")) {
            schema = envelope(catalog, "SuccessResponse");
            ((ObjectNode) schema.get("properties")).putObject("data")
                    .set("$ref", SchemaCatalog.ref(spec.get("data").asText()));
            if (spec.path("warnings").asBoolean(false)) {
                ((ArrayNode) schema.get("required")).add("warnings");
            }
            description = "Success.";
        } else if (spec.has("body")) {
            schema = Json.object();
            schema.set("$ref", SchemaCatalog.ref(spec.get("body").asText()));
            description = "Success.";
        } else {
            throw new IllegalStateException(name + ": x-atrium-success needs list, data or body");
        }
        ObjectNode response = Json.object().put("description", description);
        response.putObject("content").putObject("application/json").set("schema", schema);
        return response;
    }

    /** A copy of an envelope schema to fill in; its title and description belong to the file, not the answer. */
    private static ObjectNode envelope(SchemaCatalog catalog, String component) {
        ObjectNode schema = catalog.get(component);
        schema.remove("title");
        schema.remove("description");
        return schema;
    }

    /**
     * Adds to components/schemas every schema the document references, directly or through other schemas;
     * a reference to a schema that exists nowhere is a build error.
     */
    private static void addSchemas(ObjectNode document, SchemaCatalog catalog) {
        ObjectNode components = document.has("components") ? (ObjectNode) document.get("components")
                : document.putObject("components");
        ObjectNode written = components.has("schemas") ? (ObjectNode) components.get("schemas")
                : components.putObject("schemas");
        Map<String, JsonNode> schemas = new TreeMap<>();
        written.fields().forEachRemaining(field -> schemas.put(field.getKey(), field.getValue()));
        Deque<String> pending = new ArrayDeque<>(references(document));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (schemas.containsKey(name)) {
                continue;
            }
            ObjectNode schema = name.equals(GENERAL_ERROR) ? generalError(catalog) : catalogSchema(catalog, name);
            schemas.put(name, schema);
            pending.addAll(references(schema));
        }
        written.removeAll();
        schemas.forEach(written::set);
    }

    private static ObjectNode catalogSchema(SchemaCatalog catalog, String name) {
        if (!catalog.has(name)) {
            throw new IllegalStateException("the document references schema " + name
                    + ", which no file under " + SchemaCatalog.ROOT + " defines");
        }
        return catalog.get(name);
    }

    /** Kombo's general endpoints answer only the PLATFORM.* codes of the ATS list. */
    private static ObjectNode generalError(SchemaCatalog catalog) {
        ObjectNode schema = catalog.get("ErrorResponse");
        JsonNode codes = schema.at("/properties/error/properties/code/enum");
        if (!codes.isArray()) {
            throw new IllegalStateException("ErrorResponse no longer lists its codes at error.code.enum");
        }
        ArrayNode platform = Json.MAPPER.createArrayNode();
        codes.forEach(code -> {
            if (code.isNull() || code.asText().startsWith("PLATFORM.")) {
                platform.add(code);
            }
        });
        ((ObjectNode) schema.at("/properties/error/properties/code")).set("enum", platform);
        schema.put("title", "Error response (general endpoints)");
        schema.put("description", "Body of every non-200 response of the general endpoints; clients branch on"
                + " error.code.");
        return schema;
    }

    /** The schema components a node references. */
    private static Set<String> references(JsonNode node) {
        return node.findValues("$ref").stream().map(ref -> SchemaCatalog.referenced(ref.asText()))
                .filter(name -> name != null).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String readTemplate() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
