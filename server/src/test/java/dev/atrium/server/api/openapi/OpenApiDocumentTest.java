package dev.atrium.server.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.loading.ClasspathDirectory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document is a sound OpenAPI 3.1 document that describes what the contract asks for. */
class OpenApiDocumentTest {

    private static final JsonNode DOCUMENT = OpenApiDocument.get();
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Kombo's operation ids, which the document reuses where Kombo has the operation. */
    private static final Map<String, String> KOMBO_OPERATIONS = Map.ofEntries(
            Map.entry("GET /ats/jobs", "GetAtsJobs"),
            Map.entry("GET /ats/applications", "GetAtsApplications"),
            Map.entry("GET /ats/candidates", "GetAtsCandidates"),
            Map.entry("GET /ats/application-stages", "GetAtsApplicationStages"),
            Map.entry("GET /ats/users", "GetAtsUsers"),
            Map.entry("GET /ats/roles", "GetAtsRoles"),
            Map.entry("GET /ats/tags", "GetAtsTags"),
            Map.entry("GET /ats/offers", "GetAtsOffers"),
            Map.entry("GET /ats/rejection-reasons", "GetAtsRejectionReasons"),
            Map.entry("GET /ats/interviews", "GetAtsInterviews"),
            Map.entry("GET /check-api-key", "GetCheckApiKey"),
            Map.entry("POST /force-sync", "PostForceSync"),
            Map.entry("POST /ats/import-tracked-application", "PostAtsImportTrackedApplication"),
            Map.entry("POST /passthrough/{tool}/{api}", "PostPassthroughToolApi"),
            Map.entry("GET /integrations/{integration_id}", "GetIntegrationsIntegrationId"),
            Map.entry("DELETE /integrations/{integration_id}", "DeleteIntegrationsIntegrationId"),
            Map.entry("PUT /integrations/{integration_id}/enabled", "PutIntegrationsIntegrationIdEnabled"),
            Map.entry("GET /integrations/{integration_id}/integration-fields",
                    "GetIntegrationsIntegrationIdIntegrationFields"),
            Map.entry("PATCH /integrations/{integration_id}/integration-fields/{integration_field_id}",
                    "PatchIntegrationsIntegrationIdIntegrationFieldsIntegrationFieldId"),
            Map.entry("GET /integrations/{integration_id}/custom-fields", "GetIntegrationsIntegrationIdCustomFields"),
            Map.entry("PUT /integrations/{integration_id}/custom-fields/{custom_field_id}",
                    "PutIntegrationsIntegrationIdCustomFieldsCustomFieldId"),
            Map.entry("GET /tools/{category}", "GetToolsCategory"));

    /** Atrium's own operations: its sync history and this reference. */
    private static final Set<String> ATRIUM_OPERATIONS = Set.of("GET /integrations/{integration_id}/syncs",
            "GET /integrations/{integration_id}/syncs/{sync_id}", "GET /openapi.json", "GET /docs");

    private static final List<String> COMMON_LIST_PARAMETERS = List.of("X-Integration-Id", "cursor", "page_size",
            "updated_after", "include_deleted", "ignore_unsupported_filters", "ids", "remote_ids");

    @Test
    void isAnOpenApi31DocumentWithServerAndSecurityScheme() {
        assertTrue(DOCUMENT.path("openapi").asText().startsWith("3.1."), DOCUMENT.path("openapi").toString());
        assertFalse(DOCUMENT.at("/info/title").asText().isBlank());
        assertFalse(DOCUMENT.at("/info/version").asText().isBlank());
        assertEquals("/v1", DOCUMENT.at("/servers/0/url").asText());
        assertEquals("http", DOCUMENT.at("/components/securitySchemes/ApiKey/type").asText());
        assertEquals("bearer", DOCUMENT.at("/components/securitySchemes/ApiKey/scheme").asText());
        assertEquals("[{\"ApiKey\":[]}]", DOCUMENT.path("security").toString());
        assertFalse(DOCUMENT.toString().contains("x-atrium"), "the shorthands of the template never reach clients");
        assertFalse(DOCUMENT.path("paths").isEmpty());
        DOCUMENT.path("paths").fields().forEachRemaining(path -> {
            Set<String> keys = new HashSet<>();
            path.getValue().fieldNames().forEachRemaining(keys::add);
            assertFalse(keys.isEmpty(), path.getKey());
            assertTrue(OpenApiDocument.METHODS.containsAll(keys), path.getKey() + " holds only operations: " + keys);
        });
    }

    @Test
    void documentsExactlyTheOperationsOfTheApiWithKombosOperationIds() {
        Map<String, String> operations = operations();
        Set<String> expected = new TreeSet<>(KOMBO_OPERATIONS.keySet());
        expected.addAll(ATRIUM_OPERATIONS);
        assertEquals(expected, operations.keySet());
        KOMBO_OPERATIONS.forEach((operation, id) -> assertEquals(id, operations.get(operation), operation));
        assertEquals(operations.size(), new HashSet<>(operations.values()).size(), "operation ids are unique");
    }

    @Test
    void everyOperationHasTagsASummaryASuccessAnswerAndItsPathParameters() {
        Set<String> tags = new HashSet<>();
        DOCUMENT.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        forEachOperation((name, path, operation) -> {
            assertFalse(operation.path("summary").asText().isBlank(), name + " summary");
            assertFalse(operation.path("description").asText().isBlank(), name + " description");
            assertEquals(1, operation.path("tags").size(), name + " has one tag");
            assertTrue(tags.contains(operation.at("/tags/0").asText()), name + " uses a declared tag");
            JsonNode success = resolve(operation.at("/responses/200"));
            assertFalse(success.path("description").asText().isBlank(), name + " 200 description");
            assertFalse(success.path("content").isEmpty(), name + " 200 content");
            Set<String> inTemplate = new TreeSet<>();
            Matcher matcher = TEMPLATE_PARAMETER.matcher(path);
            while (matcher.find()) {
                inTemplate.add(matcher.group(1));
            }
            Set<String> declared = new TreeSet<>();
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                assertTrue(resolved.has("schema"), name + ": parameter " + resolved.path("name") + " has a schema");
                if (resolved.path("in").asText().equals("path")) {
                    assertTrue(resolved.path("required").asBoolean(false), name + ": path parameters are required");
                    declared.add(resolved.path("name").asText());
                }
            }
            assertEquals(inTemplate, declared, name + ": path parameters");
        });
    }

    @Test
    void everyReferenceResolvesInsideTheDocument() {
        List<String> broken = new ArrayList<>();
        for (JsonNode ref : DOCUMENT.findValues("$ref")) {
            String pointer = ref.asText();
            if (!pointer.startsWith("#/") || DOCUMENT.at(pointer.substring(1)).isMissingNode()) {
                broken.add(pointer);
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyApiSchemaFileIsPartOfTheDocument() {
        JsonNode schemas = DOCUMENT.path("components").path("schemas");
        for (String file : ClasspathDirectory.read("schemas/ats/api", ".json").keySet()) {
            if (!file.equals("defs.json") && !file.equals("list_response.json") && !file.equals("success_response.json")) {
                assertTrue(schemas.has(SchemaCatalog.componentOf(file)), file + " is not used by any operation");
            }
        }
        // The two envelopes are copied into each answer around its own item or data.
        assertEquals("#/components/schemas/Job",
                DOCUMENT.at("/paths/~1ats~1jobs/get/responses/200/content/application~1json/schema/properties/data"
                        + "/properties/results/items/$ref").asText());
        assertEquals("#/components/schemas/Integration",
                DOCUMENT.at("/paths/~1integrations~1{integration_id}/get/responses/200/content/application~1json"
                        + "/schema/properties/data/$ref").asText());
    }

    @Test
    void theTenAtsListsTakeTheIntegrationHeaderAndTheCommonParameters() {
        forEachOperation((name, path, operation) -> {
            if (!path.startsWith("/ats/") || !name.startsWith("GET ")) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode parameter : operation.path("parameters")) {
                names.add(resolve(parameter).path("name").asText());
            }
            assertEquals(COMMON_LIST_PARAMETERS, names.subList(0, COMMON_LIST_PARAMETERS.size()), name);
            assertTrue(resolve(operation.at("/parameters/0")).path("required").asBoolean(), name);
            assertEquals("#/components/responses/ErrorAts", operation.at("/responses/default/$ref").asText(), name);
        });
    }

    @Test
    void keyedOperationsAnswerRateLimitHeadersAnd429AndTheReferenceNeedsNoKey() {
        forEachOperation((name, path, operation) -> {
            JsonNode responses = operation.path("responses");
            if (path.equals("/openapi.json") || path.equals("/docs")) {
                assertEquals("[]", operation.path("security").toString(), name);
                assertFalse(responses.has("429"), name);
                return;
            }
            assertFalse(operation.has("security"), name + " uses the document's API key requirement");
            assertEquals("#/components/responses/RateLimited", responses.at("/429/$ref").asText(), name);
            assertTrue(responses.has("default"), name + " documents its errors");
            for (String header : List.of("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset")) {
                assertTrue(responses.path("200").path("headers").has(header), name + " 200 " + header);
            }
        });
        JsonNode limited = DOCUMENT.at("/components/responses/RateLimited");
        for (String header : List.of("Retry-After", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset")) {
            assertTrue(limited.path("headers").has(header), "429 " + header);
        }
        assertEquals("PLATFORM.RATE_LIMIT_EXCEEDED",
                limited.at("/content/application~1json/example/error/code").asText());
    }

    @Test
    void generalErrorsListThePlatformCodesOfTheAtsList() {
        JsonNode schemas = DOCUMENT.path("components").path("schemas");
        List<String> ats = codes(schemas.path("ErrorResponse"));
        List<String> general = codes(schemas.path("ErrorResponseGeneral"));
        assertEquals(ats.stream().filter(code -> code.equals("null") || code.startsWith("PLATFORM.")).toList(), general);
        assertEquals(9, general.size(), "eight platform codes and null: " + general);
        assertTrue(ats.contains("INTEGRATION.SETUP_SYNC_PENDING"));
    }

    @Test
    void aReferenceToASchemaNoFileDefinesStopsTheBuild() {
        String error = assemblyError("summary: x\n      x-atrium-success: {data: NoSuchShape}");
        assertTrue(error.contains("NoSuchShape"), error);
    }

    @Test
    void aMistypedShorthandOrAMissingAnswerStopsTheBuild() {
        String mistyped = assemblyError("x-atrium-success: {lists: Job}");
        assertTrue(mistyped.contains("GET /x") && mistyped.contains("lists"), mistyped);
        String unanswered = assemblyError("summary: x");
        assertTrue(unanswered.contains("GET /x has no success response"), unanswered);
    }

    /** Why a document of one operation GET /x with the given YAML lines does not assemble. */
    private static String assemblyError(String operation) {
        String template = """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths:
                  /x:
                    get:
                      %s
                """.formatted(operation);
        return assertThrows(IllegalStateException.class,
                () -> OpenApiDocument.assemble(template, SchemaCatalog.load())).getMessage();
    }

    private static List<String> codes(JsonNode errorSchema) {
        List<String> codes = new ArrayList<>();
        errorSchema.at("/properties/error/properties/code/enum").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? DOCUMENT.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** "METHOD /path" to operation id. */
    private static Map<String, String> operations() {
        Map<String, String> operations = new LinkedHashMap<>();
        forEachOperation((name, path, operation) -> operations.put(name, operation.path("operationId").asText()));
        return operations;
    }

    private interface OperationCheck {
        void check(String name, String path, JsonNode operation);
    }

    private static void forEachOperation(OperationCheck check) {
        DOCUMENT.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (OpenApiDocument.METHODS.contains(op.getKey())) {
                check.check(op.getKey().toUpperCase() + " " + path.getKey(), path.getKey(), op.getValue());
            }
        }));
    }
}
