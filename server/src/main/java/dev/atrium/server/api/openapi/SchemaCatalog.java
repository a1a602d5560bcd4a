package dev.atrium.server.api.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.loading.ClasspathDirectory;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The API's JSON Schema files ({@code schemas/ats/api/*.json} and the shared {@code schemas/ats/defs.json}) as
 * OpenAPI component schemas: each file and each of its {@code $defs} becomes one named component, and every
 * relative {@code $ref} between files is rewritten to {@code #/components/schemas/<name>}.
 *
 * <p>Names: {@code api/job.json} is {@code Job}; a definition {@code d} of {@code api/defs.json} is
 * {@code Nested<D>}, of {@code defs.json} {@code Shared<D>}, of any other file {@code <File><D>}
 * ({@code IntegrationCoverageStatus}). The {@code defs.json} files only hold definitions.
 */
final class SchemaCatalog {

    static final String ROOT = "schemas/ats";
    private static final String COMPONENTS = "#/components/schemas/";
    private static final Map<String, String> DEF_PREFIXES = Map.of("defs.json", "Shared", "api/defs.json", "Nested");

    private final Map<String, ObjectNode> schemas = new LinkedHashMap<>();

    private SchemaCatalog() {
    }

    /** Reads the schema files from the classpath; a broken or ambiguous file is a build error, so this throws. */
    static SchemaCatalog load() {
        SchemaCatalog catalog = new SchemaCatalog();
        ClasspathDirectory.read(ROOT, ".json").forEach(catalog::add);
        ClasspathDirectory.read(ROOT + "/api", ".json").forEach((name, text) -> catalog.add("api/" + name, text));
        if (catalog.schemas.isEmpty()) {
            throw new IllegalStateException("no API schemas found under " + ROOT);
        }
        return catalog;
    }

    /** The component of a schema file under schemas/ats/api, e.g. {@code Job} for {@code job.json}. */
    static String componentOf(String apiFileName) {
        return pascal(apiFileName.substring(0, apiFileName.length() - ".json".length()));
    }

    boolean has(String name) {
        return schemas.containsKey(name);
    }

    /** A fresh copy of a component, its refs already pointing at components. */
    ObjectNode get(String name) {
        ObjectNode schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalStateException("no schema component " + name);
        }
        return schema.deepCopy();
    }

    /** The component name a {@code #/components/schemas/...} reference names, or null for other refs. */
    static String referenced(String ref) {
        return ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }

    static TextNode ref(String component) {
        return TextNode.valueOf(COMPONENTS + component);
    }

    private void add(String file, String text) {
        JsonNode root;
        try {
            root = Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("schema " + file + " is not JSON: " + e.getOriginalMessage(), e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("$defs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> definition = it.next();
            put(defName(file, definition.getKey()), rewrite(file, definition.getValue().deepCopy()));
        }
        if (!file.endsWith("defs.json")) {
            ObjectNode schema = (ObjectNode) rewrite(file, root.deepCopy());
            schema.remove("$schema");
            schema.remove("$defs");
            put(pascal(baseName(file)), schema);
        }
    }

    private void put(String name, JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            throw new IllegalStateException("schema component " + name + " is not an object");
        }
        if (schemas.putIfAbsent(name, object) != null) {
            throw new IllegalStateException("two schemas would both be the component " + name);
        }
    }

    /** Rewrites every {@code $ref} in a node of {@code file} to the component it points at. */
    private static JsonNode rewrite(String file, JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                object.set("$ref", ref(target(file, ref.asText())));
            }
            object.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("$ref")) {
                    rewrite(file, field.getValue());
                }
            });
        } else if (node != null && node.isArray()) {
            node.forEach(item -> rewrite(file, item));
        }
        return node;
    }

    /** The component a reference made in {@code file} points at. */
    private static String target(String file, String ref) {
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        String targetFile = path.isEmpty() ? file
                : Path.of(file).resolveSibling(path).normalize().toString().replace('\\', '/');
        if (pointer.isEmpty()) {
            return pascal(baseName(targetFile));
        }
        if (pointer.startsWith("/$defs/") && pointer.indexOf('/', "/$defs/".length()) < 0) {
            return defName(targetFile, pointer.substring("/$defs/".length()));
        }
        throw new IllegalStateException(file + ": $ref " + ref + " must name a file or one of its $defs");
    }

    private static String defName(String file, String definition) {
        return DEF_PREFIXES.getOrDefault(file, pascal(baseName(file))) + pascal(definition);
    }

    private static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    private static String pascal(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("[_\\-]")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
