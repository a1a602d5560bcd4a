package dev.atrium.engine.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atrium.engine.json.JsonSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the unified ATS schemas under {@code schemas/ats/} (sync models and API views): they load through
 * networknt with format assertions on, their example records pass or fail as named, and the sync models follow
 * the store's conventions (explicit keys, x-atrium metadata, index paths that exist).
 *
 * <p>Invalid examples are named {@code invalid-<keyword>-<what>.json}: validation must fail and one of the
 * errors must come from that JSON Schema keyword, so an example cannot fail for an unintended reason.
 */
class ModelSchemasTest {

    static final List<String> MODELS = List.of(
            "users", "roles", "user_roles", "jobs", "job_postings", "application_stages", "job_application_stages",
            "screening_questions", "job_screening_questions", "job_hiring_team_members", "job_user_role_assignments",
            "candidates", "tags", "candidate_tags", "applications", "rejection_reasons", "offers", "interviews",
            "interview_users");

    static final List<String> VIEWS = List.of(
            "job", "application", "candidate", "application_stage", "user", "role", "tag", "offer",
            "rejection_reason", "interview", "list_response", "error_response", "check_api_key", "success_response",
            "integration", "tools", "integration_field", "custom_field", "passthrough", "force_sync", "sync",
            "tracked_application");

    /** Views that must have at least one valid example built from the contract's examples. */
    static final List<String> VIEWS_WITH_EXAMPLES = List.of("job", "application", "candidate");

    static final Set<String> STORE_FIELDS = Set.of("changed_at", "remote_deleted_at");

    static final ObjectMapper JSON = new ObjectMapper();

    /** Loaded exactly as the engine loads them. */
    static JsonSchemas.Validator schema(String relative) {
        return JsonSchemas.load("schemas/ats/" + relative);
    }

    // ------------------------------------------------------------------------------------------ inventory

    @Test
    void modelFolderHoldsExactlyTheKnownModels() {
        assertEquals(new TreeSet<>(MODELS), jsonFileNames("schemas/ats/models"));
    }

    @Test
    void apiFolderHoldsTheKnownViewsAndTheirDefs() {
        Set<String> expected = new TreeSet<>(VIEWS);
        expected.add("defs");
        assertEquals(expected, jsonFileNames("schemas/ats/api"));
    }

    @TestFactory
    Stream<DynamicTest> everySchemaFileLoadsAndResolvesItsRefs() {
        List<String> files = new ArrayList<>();
        files.add("defs.json");
        files.add("api/defs.json");
        MODELS.forEach(m -> files.add("models/" + m + ".json"));
        VIEWS.forEach(v -> files.add("api/" + v + ".json"));
        return files.stream().map(f -> DynamicTest.dynamicTest(f, () -> {
            JsonNode node = readClasspath("schemas/ats/" + f);
            assertEquals("https://json-schema.org/draft/2020-12/schema", node.path("$schema").asText(), f + ": $schema");
            assertTrue(node.path("title").isTextual() && !node.path("title").asText().isBlank(), f + ": title");
            assertTrue(node.path("description").isTextual() && !node.path("description").asText().isBlank(),
                    f + ": description");
            forEachObject(node, "", (path, obj) -> assertFalse(obj.has("$id"),
                    f + ": no $id (relative refs must resolve against the load location), found at " + path));
            assertNotNull(schema(f));
        }));
    }

    // ------------------------------------------------------------------------------------------ sync models

    @TestFactory
    Stream<DynamicTest> syncModelConventions() {
        return MODELS.stream().map(model -> DynamicTest.dynamicTest(model, () -> {
            String file = "schemas/ats/models/" + model + ".json";
            JsonNode root = readClasspath(file);
            assertEquals("object", root.path("type").asText(), "type");
            assertTrue(root.path("additionalProperties").isBoolean() && !root.path("additionalProperties").asBoolean(),
                    "additionalProperties must be false");
            assertTrue(root.path("x-atrium").path("kombo_model").asText().startsWith("ats_"),
                    "x-atrium.kombo_model must name the Kombo model");
            assertTrue(root.path("x-atrium").path("index").isObject(), "x-atrium.index must be an object");

            JsonNode properties = root.path("properties");
            Set<String> declared = new LinkedHashSet<>();
            properties.fieldNames().forEachRemaining(declared::add);
            Set<String> required = new LinkedHashSet<>();
            root.path("required").forEach(r -> required.add(r.asText()));

            for (String r : required) {
                assertTrue(declared.contains(r), "required property '" + r + "' is not declared");
            }
            for (String storeField : STORE_FIELDS) {
                assertTrue(declared.contains(storeField), storeField + " must be declared");
                assertFalse(required.contains(storeField), storeField + " is set by the store, not required");
            }
            Set<String> expectedRequired = new LinkedHashSet<>(declared);
            expectedRequired.removeAll(STORE_FIELDS);
            assertEquals(expectedRequired, required, "every property but the store's must be required");
            for (String key : List.of("id", "remote_id")) {
                assertTrue(declared.contains(key), key + " must be declared");
            }
            assertEquals("../defs.json#/$defs/id", properties.path("id").path("$ref").asText(), "id");
            assertEquals("../defs.json#/$defs/remote_id", properties.path("remote_id").path("$ref").asText(), "remote_id");
            for (String p : declared) {
                String description = properties.path(p).path("description").asText("");
                assertFalse(description.isBlank(), "property '" + p + "' needs a description");
            }

            Iterator<Map.Entry<String, JsonNode>> index = root.path("x-atrium").path("index").fields();
            while (index.hasNext()) {
                Map.Entry<String, JsonNode> entry = index.next();
                checkIndexEntry(file, root, entry.getKey(), entry.getValue());
            }
        }));
    }

    private void checkIndexEntry(String file, JsonNode root, String name, JsonNode entry) {
        Set<String> keys = new TreeSet<>();
        entry.fieldNames().forEachRemaining(keys::add);
        assertTrue(Set.of("path", "lowercase").containsAll(keys), "index '" + name + "' has unknown keys " + keys);
        assertTrue(entry.path("path").isTextual(), "index '" + name + "' needs a path");
        if (entry.has("lowercase")) {
            assertTrue(entry.get("lowercase").isBoolean(), "index '" + name + "': lowercase must be a boolean");
        }
        Located target = new Located(file, root);
        for (String segment : entry.get("path").asText().split("\\.")) {
            boolean each = segment.endsWith("[]");
            String property = each ? segment.substring(0, segment.length() - 2) : segment;
            assertTrue(property.matches("[a-z_][a-z0-9_]*"), "index '" + name + "': bad segment '" + segment + "'");
            JsonNode props = target.node.path("properties");
            assertTrue(props.has(property), "index '" + name + "': '" + property + "' is not a declared property");
            target = resolve(target.file, props.get(property));
            if (each) {
                assertTrue(types(target.node).contains("array"), "index '" + name + "': '" + property + "' is not an array");
                target = resolve(target.file, target.node.get("items"));
            }
        }
        Set<String> leafTypes = types(target.node);
        assertFalse(leafTypes.contains("object") || leafTypes.contains("array"),
                "index '" + name + "' must end on a scalar, not " + leafTypes);
        if (entry.path("lowercase").asBoolean(false)) {
            assertTrue(leafTypes.contains("string"), "index '" + name + "': lowercase needs a string field");
        }
    }

    // ------------------------------------------------------------------------------------------ API views

    @TestFactory
    Stream<DynamicTest> apiViewsStayOpenToExtraKeys() {
        List<String> files = new ArrayList<>(VIEWS);
        files.add("defs");
        return files.stream().map(v -> DynamicTest.dynamicTest(v, () -> {
            JsonNode root = readClasspath("schemas/ats/api/" + v + ".json");
            forEachObject(root, "", (path, obj) -> {
                JsonNode ap = obj.get("additionalProperties");
                assertFalse(ap != null && ap.isBoolean() && !ap.asBoolean(),
                        "API views must accept extra keys; additionalProperties false at " + path);
            });
        }));
    }

    // ------------------------------------------------------------------------------------------ examples

    @TestFactory
    Stream<DynamicNode> examples() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (String model : MODELS) {
            nodes.add(exampleContainer(model, "models/" + model + ".json", "model-examples/" + model, true));
        }
        for (String view : VIEWS) {
            nodes.add(exampleContainer("api/" + view, "api/" + view + ".json", "model-examples/api/" + view,
                    VIEWS_WITH_EXAMPLES.contains(view)));
        }
        return nodes.stream();
    }

    @Test
    void everyExampleFolderBelongsToASchema() {
        Set<String> folders = new TreeSet<>(subFolders("model-examples"));
        folders.remove("api");
        assertTrue(new TreeSet<>(MODELS).containsAll(folders), "unknown example folders: " + folders);
        Set<String> apiFolders = new TreeSet<>(subFolders("model-examples/api"));
        assertTrue(new TreeSet<>(VIEWS).containsAll(apiFolders), "unknown API example folders: " + apiFolders);
    }

    private DynamicContainer exampleContainer(String label, String schemaFile, String folder, boolean mandatory) {
        Set<String> files = jsonFileNames(folder);
        List<DynamicNode> tests = new ArrayList<>();
        if (mandatory) {
            tests.add(DynamicTest.dynamicTest("has valid and invalid examples", () -> {
                assertTrue(files.stream().anyMatch(f -> f.startsWith("valid-")), label + ": no valid-*.json example");
                if (!label.startsWith("api/")) {
                    assertTrue(files.stream().anyMatch(f -> f.startsWith("invalid-")), label + ": no invalid-*.json example");
                }
            }));
        }
        for (String name : files) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                JsonNode instance = readClasspath(folder + "/" + name + ".json");
                List<JsonSchemas.Problem> errors = schema(schemaFile).validate(instance);
                if (name.startsWith("valid-")) {
                    assertTrue(errors.isEmpty(), name + " should pass " + schemaFile + " but: " + describe(errors));
                } else if (name.startsWith("invalid-")) {
                    assertFalse(errors.isEmpty(), name + " should fail " + schemaFile);
                    String keyword = name.substring("invalid-".length()).split("-")[0];
                    assertTrue(errors.stream().anyMatch(e -> keyword.equals(e.keyword())),
                            name + " should fail on '" + keyword + "' but: " + describe(errors));
                } else {
                    fail(folder + "/" + name + ".json must start with valid- or invalid-");
                }
            }));
        }
        return DynamicContainer.dynamicContainer(label, tests);
    }

    private static String describe(List<JsonSchemas.Problem> errors) {
        return errors.stream().map(e -> e.keyword() + " " + e.pointer() + ": " + e.message())
                .collect(Collectors.joining("; ", "[", "]"));
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A schema node together with the classpath file it was read from (the base of its relative refs). */
    record Located(String file, JsonNode node) {
    }

    private final Map<String, JsonNode> files = new HashMap<>();

    /** Follows $ref chains (relative file refs and local JSON pointers) until a node without $ref. */
    private Located resolve(String file, JsonNode node) {
        assertNotNull(node, "missing schema node in " + file);
        int hops = 0;
        while (node.has("$ref")) {
            assertTrue(++hops < 20, "$ref loop in " + file);
            String ref = node.get("$ref").asText();
            int hash = ref.indexOf('#');
            String target = hash < 0 ? ref : ref.substring(0, hash);
            String pointer = hash < 0 ? "" : ref.substring(hash + 1);
            if (!target.isEmpty()) {
                file = URI.create("file:/" + file).resolve(target).getPath().substring(1);
            }
            JsonNode doc = files.computeIfAbsent(file, ModelSchemasTest::readClasspath);
            node = doc.at(pointer);
            assertFalse(node.isMissingNode(), "unresolvable $ref " + ref + " in " + file);
        }
        return new Located(file, node);
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.get("type");
        if (type == null && schema.has("enum")) {
            schema.get("enum").forEach(v -> types.add(v.isNull() ? "null" : v.isTextual() ? "string" : "other"));
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        return types;
    }

    interface ObjectVisitor {
        void visit(String path, JsonNode object);
    }

    private static void forEachObject(JsonNode node, String path, ObjectVisitor visitor) {
        if (node.isObject()) {
            visitor.visit(path.isEmpty() ? "/" : path, node);
            node.fields().forEachRemaining(e -> forEachObject(e.getValue(), path + "/" + e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachObject(node.get(i), path + "/" + i, visitor);
            }
        }
    }

    static JsonNode readClasspath(String resource) {
        try (InputStream in = ModelSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "classpath resource not found: " + resource);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static Path classpathFolder(String folder) {
        URL url = ModelSchemasTest.class.getClassLoader().getResource(folder);
        assertNotNull(url, "classpath folder not found: " + folder);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names (without .json) of the JSON files directly in a classpath folder; empty when it does not exist. */
    private static Set<String> jsonFileNames(String folder) {
        if (ModelSchemasTest.class.getClassLoader().getResource(folder) == null) {
            return new TreeSet<>();
        }
        try (Stream<Path> list = Files.list(classpathFolder(folder))) {
            return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> subFolders(String folder) {
        try (Stream<Path> list = Files.list(classpathFolder(folder))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
