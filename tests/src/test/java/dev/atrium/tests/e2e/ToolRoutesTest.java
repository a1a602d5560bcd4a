package dev.atrium.tests.e2e;

import static dev.atrium.tests.e2e.ApiShapes.assertError;
import static dev.atrium.tests.e2e.ApiShapes.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kombo's {@code GET /v1/tools/{category}} over HTTP: every mapping as a tool with its coverage, and its assets. */
class ToolRoutesTest {

    private static final List<String> TOOL = List.of("id", "label", "internal_label", "assets",
            "paid_api_details_markdown", "fast_track_details_markdown", "partner_only_details_markdown",
            "connection_guide_url", "coverage");

    @TempDir
    Path folder;

    /** Fetches an asset URL the API handed out from the server under test (the URL names the public address). */
    static void assertSvg(AtriumUnderTest atrium, String url) {
        String publicUrl = atrium.engine.settings().publicUrl();
        assertTrue(url.startsWith(publicUrl + "/assets/tools/"), url);
        HttpRequest request = HttpRequest.newBuilder(URI.create(atrium.apiBase() + url.substring(publicUrl.length())))
                .GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), url);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"), url);
            assertTrue(response.body().startsWith("<svg") && response.body().endsWith("</svg>"), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        array.forEach(item -> items.put(item.get("id").asText(), item));
        return items;
    }

    @Test
    void everyMappingIsAnAtsToolWithItsCoverage() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            String key = atrium.environmentWithKey("production")[1];
            AtriumUnderTest.Response response = atrium.get("/v1/tools/ats", Map.of("Authorization", "Bearer " + key));
            assertEquals(200, response.status(), String.valueOf(response.body()));
            assertEquals(List.of("status", "data"), keys(response.body()));
            assertEquals(List.of("tools"), keys(response.body().get("data")));
            Map<String, JsonNode> tools = byId(response.body().at("/data/tools"));
            List<String> mapped = new ArrayList<>();
            atrium.engine.mappings().all().forEach(mapping -> mapped.add(mapping.tool()));
            assertEquals(mapped, List.copyOf(tools.keySet()));

            for (JsonNode tool : tools.values()) {
                assertEquals(TOOL, keys(tool), tool.get("id").asText());
                assertEquals(List.of("logo_url", "icon_url", "icon_black_url"), keys(tool.get("assets")));
                tool.get("assets").forEach(url -> assertSvg(atrium, url.asText()));
                for (String nullable : List.of("internal_label", "paid_api_details_markdown",
                        "fast_track_details_markdown", "partner_only_details_markdown", "connection_guide_url")) {
                    assertTrue(tool.get(nullable).isNull(), nullable);
                }
                JsonNode coverage = tool.get("coverage");
                assertEquals(List.of("read_models", "write_actions", "features"), keys(coverage));
                for (JsonNode model : coverage.get("read_models")) {
                    assertEquals(List.of("id", "label", "coverage_status", "fields"), keys(model));
                    model.get("fields").forEach(field -> assertEquals(List.of("id", "coverage_status"), keys(field)));
                }
                for (JsonNode action : coverage.get("write_actions")) {
                    assertEquals(List.of("id", "label", "coverage_status", "fields"), keys(action));
                    assertEquals("NOT_IMPLEMENTED", action.get("coverage_status").asText());
                }
                for (JsonNode feature : coverage.get("features")) {
                    assertEquals(List.of("id", "label", "coverage_status"), keys(feature));
                    assertEquals("SUPPORTED", feature.get("coverage_status").asText());
                }
            }

            JsonNode sage = tools.get("sagehr");
            assertEquals("Sage HR", sage.get("label").asText());
            Map<String, JsonNode> sageModels = byId(sage.at("/coverage/read_models"));
            assertEquals("SUPPORTED", sageModels.get("ats_candidates").get("coverage_status").asText());
            assertEquals("UNSUPPORTED", sageModels.get("ats_users").get("coverage_status").asText());
            Map<String, JsonNode> candidateFields = byId(sageModels.get("ats_candidates").get("fields"));
            assertEquals("SUPPORTED", candidateFields.get("email_addresses").get("coverage_status").asText());
            assertEquals("UNSUPPORTED", candidateFields.get("company").get("coverage_status").asText());
            assertEquals(List.of("prerequisites", "create_credentials", "connection_guide"),
                    List.copyOf(byId(sage.at("/coverage/features")).keySet()), "the mapping's features, in order");

            Map<String, JsonNode> paycorModels = byId(tools.get("paycor").at("/coverage/read_models"));
            assertEquals("SUPPORTED", paycorModels.get("ats_users").get("coverage_status").asText(),
                    "each tool's own coverage");
        }
    }

    @Test
    void otherCategoriesListNothingAndUnknownOnesAreRefused() {
        try (AtriumUnderTest atrium = new AtriumUnderTest(folder, SandboxOptions.defaults())) {
            Map<String, String> auth = Map.of("Authorization", "Bearer " + atrium.environmentWithKey("production")[1]);
            for (String category : List.of("hris", "assessment", "lms")) {
                AtriumUnderTest.Response response = atrium.get("/v1/tools/" + category, auth);
                assertEquals(200, response.status(), String.valueOf(response.body()));
                assertEquals(0, response.body().at("/data/tools").size(), category);
                assertTrue(response.body().at("/data/tools").isArray());
            }
            assertError(atrium.get("/v1/tools/crm", auth), 400, "PLATFORM.INPUT_INVALID", "category must be one of");
            assertError(atrium.get("/v1/tools/ATS", auth), 400, "PLATFORM.INPUT_INVALID", "'ATS'");
            assertError(atrium.get("/v1/tools/ats?page_size=5", auth), 400, "PLATFORM.INPUT_INVALID",
                    "unknown query parameter page_size");
            assertError(atrium.get("/v1/tools/ats", Map.of()), 401, "PLATFORM.AUTHENTICATION_INVALID",
                    "Authorization");
            assertError(atrium.get("/v1/tools/ats", Map.of("Authorization", "Bearer "
                    + atrium.admin.createApiKey(null, true, "ops").key())), 401, "PLATFORM.AUTHENTICATION_INVALID",
                    "admin key");
            assertError(atrium.get("/assets/tools/nosuchtool/logo.svg", Map.of()), 404, "PLATFORM.INPUT_INVALID",
                    "no asset");
            assertError(atrium.get("/assets/tools/sagehr/secret.txt", Map.of()), 404, "PLATFORM.INPUT_INVALID",
                    "no asset");
        }
    }
}
