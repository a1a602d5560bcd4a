package dev.atrium.tests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.json.JsonSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks responses against the Kombo API view schemas under schemas/ats/api, as the official SDK would. */
final class ApiShapes {

    /** The ten list endpoints of the Kombo v1 ATS API and the schema of their items. */
    static final Map<String, String> ITEM_SCHEMAS = Map.of("jobs", "job", "candidates", "candidate",
            "applications", "application", "application-stages", "application_stage", "users", "user",
            "roles", "role", "tags", "tag", "offers", "offer", "rejection-reasons", "rejection_reason",
            "interviews", "interview");
    private static final Map<String, JsonSchemas.Validator> ITEMS = ITEM_SCHEMAS.entrySet().stream().collect(
            java.util.stream.Collectors.toMap(Map.Entry::getKey,
                    entry -> JsonSchemas.load("schemas/ats/api/" + entry.getValue() + ".json")));
    private static final JsonSchemas.Validator LIST = JsonSchemas.load("schemas/ats/api/list_response.json");
    private static final JsonSchemas.Validator ERROR = JsonSchemas.load("schemas/ats/api/error_response.json");
    private static final JsonSchemas.Validator CHECK_API_KEY = JsonSchemas.load("schemas/ats/api/check_api_key.json");

    private ApiShapes() {
    }

    static void assertListPage(String endpoint, JsonNode body) {
        assertEquals(List.of(), LIST.validate(body), "list envelope of " + endpoint);
        for (JsonNode item : body.at("/data/results")) {
            List<JsonSchemas.Problem> problems = ITEMS.get(endpoint).validate(item);
            assertEquals(List.of(), problems, endpoint + " item " + item.path("id").asText());
        }
    }

    static void assertItem(String endpoint, JsonNode item) {
        assertEquals(List.of(), ITEMS.get(endpoint).validate(item), endpoint + " item " + item.path("id").asText());
    }

    static void assertError(JsonNode body) {
        assertEquals(List.of(), ERROR.validate(body), "error envelope " + body);
    }

    /** An error answer: this HTTP status, a valid error envelope with this code, a message containing this text. */
    static void assertError(AtriumUnderTest.Response response, int status, String code, String message) {
        assertEquals(status, response.status(), String.valueOf(response.body()));
        assertError(response.body());
        assertEquals(code, response.body().at("/error/code").asText(), response.body().toString());
        assertTrue(response.body().at("/error/message").asText().contains(message), response.body().toString());
    }

    static void assertCheckApiKey(JsonNode body) {
        assertEquals(List.of(), CHECK_API_KEY.validate(body), "check-api-key " + body);
    }

    /** The keys of an object, in order. */
    static List<String> keys(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
