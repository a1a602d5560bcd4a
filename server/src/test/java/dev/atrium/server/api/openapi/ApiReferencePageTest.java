package dev.atrium.server.api.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference page shows every operation with its parameters, bodies, fields and errors, and loads nothing. */
class ApiReferencePageTest {

    private static final JsonNode DOCUMENT = OpenApiDocument.get();
    private static final String PAGE = ApiReferencePage.render(DOCUMENT);

    @Test
    void showsEveryOperationWithItsParameters() {
        DOCUMENT.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            String id = operation.path("operationId").asText();
            assertTrue(PAGE.contains("<article id=\"" + id + "\">"), id + " has a section");
            assertTrue(PAGE.contains("<a href=\"#" + id + "\">"), id + " is in the navigation");
            String section = section(id);
            assertTrue(section.contains("<code>" + path.getKey() + "</code>"), id + " shows its path");
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = parameter.has("$ref")
                        ? DOCUMENT.at(parameter.get("$ref").asText().substring(1)) : parameter;
                assertTrue(section.contains("<code>" + resolved.path("name").asText() + "</code>"),
                        id + " shows parameter " + resolved.path("name").asText());
            }
        }));
    }

    @Test
    void showsNestedResponseFieldsRequestBodiesAndErrorCodes() {
        String jobs = section("GetAtsJobs");
        assertTrue(jobs.contains("<code>data.results[].stages[].id</code>"), "nested fields are listed by path");
        assertTrue(jobs.contains("<code>data.results[].hiring_team[].job_roles[].unified_type</code>"));
        assertTrue(jobs.contains("<code>statuses</code>") && jobs.contains("<code>ARCHIVED</code>"),
                "enum values of a filter are shown");
        assertTrue(jobs.contains("ATS codes"));
        String enabled = section("PutIntegrationsIntegrationIdEnabled");
        assertTrue(enabled.contains("<h4>Request body</h4>") && enabled.contains("<code>value</code>"));
        assertTrue(section("PostForceSync").contains("<h4>Request body (optional)</h4>"));
        assertTrue(section("GetCheckApiKey").contains("general codes"));
        assertTrue(PAGE.contains("<section id=\"errors\">"));
        for (String code : List.of("PLATFORM.RATE_LIMIT_EXCEEDED", "INTEGRATION.SETUP_SYNC_PENDING",
                "ATS.APPLICATION_ALREADY_EXISTS")) {
            assertTrue(PAGE.contains("<tr><td><code>" + code + "</code>"), code + " is in the code table");
        }
        assertTrue(PAGE.contains("<code>PLATFORM.RATE_LIMIT_EXCEEDED</code></td><td>all</td><td>429</td>"),
                "the status Atrium answers a code with is shown");
    }

    @Test
    void loadsNothingFromElsewhere() {
        assertFalse(PAGE.contains("<script"), "no script");
        assertFalse(PAGE.contains("src="), "no embedded resource");
        assertFalse(PAGE.contains("<link"), "no stylesheet or font link");
        assertFalse(PAGE.contains("http://") || PAGE.contains("https://"), "no absolute URL at all");
        assertTrue(PAGE.contains("href=\"/v1/openapi.json\""), "links the machine-readable document");
    }

    @Test
    void descriptionsAreEscapedAndTheirLittleMarkdownRendered() throws Exception {
        JsonNode document = Json.parse("""
                {"openapi": "3.1.0", "info": {"title": "T <b>", "version": "1",
                  "description": "Use `a<b>` and **bold**.\\n\\n- one\\n- two"},
                 "tags": [{"name": "X"}],
                 "paths": {"/x": {"get": {"operationId": "GetX", "tags": ["X"], "summary": "<img src=x>",
                   "description": "<script>alert(1)</script>", "responses": {"200": {"description": "ok"}}}}}}
                """);
        String page = ApiReferencePage.render(document);
        assertFalse(page.contains("<script>") || page.contains("<img"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("<code>a&lt;b&gt;</code>") && page.contains("<strong>bold</strong>"), page);
        assertTrue(page.contains("<ul><li>one</li><li>two</li></ul>"), page);
        assertTrue(page.contains("<title>T &lt;b&gt; reference</title>"));
    }

    private static String section(String operationId) {
        int start = PAGE.indexOf("<article id=\"" + operationId + "\">");
        assertTrue(start >= 0, operationId);
        return PAGE.substring(start, PAGE.indexOf("</article>", start));
    }
}
