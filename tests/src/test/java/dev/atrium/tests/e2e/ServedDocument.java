package dev.atrium.tests.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The OpenAPI document as a client reads it from {@code GET /v1/openapi.json}: its operations, and its schemas
 * as JSON Schema validators (references resolved inside the document, formats asserted).
 */
final class ServedDocument {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(Dialects.getDraft202012(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER).build()));

    /** One operation: {@code GET}, its path under the server URL (/v1) and its object in the document. */
    record Operation(String method, String path, JsonNode node) {

        String name() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    ServedDocument(JsonNode document) {
        this.document = document;
    }

    /** The server URL paths are relative to, e.g. /v1. */
    String base() {
        return document.at("/servers/0/url").asText();
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().has("responses")) {
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    /** A node the {@code $ref} of {@code node} points at, or {@code node} itself. */
    JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** The operation's parameters, resolved, by name. */
    Map<String, JsonNode> parameters(Operation operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        operation.node().path("parameters").forEach(p -> parameters.put(resolve(p).path("name").asText(), resolve(p)));
        return parameters;
    }

    /** The JSON schema of an operation's answer with this status key ("200", "default"). */
    JsonNode responseSchema(Operation operation, String status) {
        return resolve(operation.node().path("responses").path(status)).at("/content/application~1json/schema");
    }

    /** Problems of {@code instance} against {@code schema}, a schema of this document; empty when valid. */
    List<String> problems(JsonNode schema, JsonNode instance) {
        ObjectNode root = schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        Schema validator = REGISTRY.getSchema(root);
        return validator.validate(instance).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    /** Problems of each component schema as a JSON Schema 2020-12 document, by component name. */
    Map<String, List<String>> schemaProblems() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Map<String, List<String>> problems = new LinkedHashMap<>();
        forEachSchema((name, schema) -> {
            List<String> found = metaSchema.validate(schema).stream()
                    .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
            if (!found.isEmpty()) {
                problems.put(name, found);
            }
        });
        return problems;
    }

    private void forEachSchema(BiConsumer<String, JsonNode> action) {
        document.at("/components/schemas").fields().forEachRemaining(f -> action.accept(f.getKey(), f.getValue()));
    }
}
