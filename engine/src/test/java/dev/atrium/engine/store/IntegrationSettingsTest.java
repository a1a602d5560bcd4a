package dev.atrium.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The settings an operator may give an integration: defaults, checks, and the cutoff they make. */
class IntegrationSettingsTest {

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) Json.parse(text);
    }

    @Test
    void noSettingsMeanOnlyCreatedApplicationsAndNoCutoff() throws Exception {
        IntegrationSettings settings = IntegrationSettings.of(Json.object());
        assertTrue(settings.syncOnlyCreatedApplications());
        assertFalse(settings.hasCutoff());
        assertNull(settings.cutoff(Instant.now()));
        assertEquals(json("{\"sync_only_created_applications\": true, \"candidate_cutoff_date\": null,"
                + " \"candidate_cutoff_days\": null}"), settings.toJson());
    }

    @Test
    void theLaterOfDateAndWindowIsTheCutoff() throws Exception {
        Instant now = Instant.parse("2026-03-31T12:00:00Z");
        ObjectNode stored = IntegrationSettings.merged(Json.object(), json("{\"sync_only_created_applications\":"
                + " false, \"candidate_cutoff_date\": \"2026-03-15\", \"candidate_cutoff_days\": 30}"));
        assertEquals(Instant.parse("2026-03-15T00:00:00Z"), IntegrationSettings.of(stored).cutoff(now));
        ObjectNode windowOnly = IntegrationSettings.merged(stored, json("{\"candidate_cutoff_date\": null}"));
        assertFalse(windowOnly.has("candidate_cutoff_date"), "null returns a setting to its default");
        assertEquals(Instant.parse("2026-03-01T12:00:00Z"), IntegrationSettings.of(windowOnly).cutoff(now));
    }

    @Test
    void wrongNamesValuesAndCombinationsAreRefusedNamingTheSetting() throws Exception {
        assertEquals("unknown setting 'sync_only'; settings: sync_only_created_applications, candidate_cutoff_date,"
                + " candidate_cutoff_days", assertThrows(IntegrationSettings.InvalidSetting.class,
                        () -> IntegrationSettings.merged(Json.object(), json("{\"sync_only\": true}"))).getMessage());
        for (String bad : new String[] {"{\"sync_only_created_applications\": \"no\"}",
                "{\"sync_only_created_applications\": false, \"candidate_cutoff_date\": \"15/03/2026\"}",
                "{\"sync_only_created_applications\": false, \"candidate_cutoff_date\": 20260315}",
                "{\"sync_only_created_applications\": false, \"candidate_cutoff_days\": 0}",
                "{\"sync_only_created_applications\": false, \"candidate_cutoff_days\": 2.5}",
                "{\"sync_only_created_applications\": false, \"candidate_cutoff_days\": 100000}"}) {
            String name = bad.contains("cutoff_date") ? "candidate_cutoff_date"
                    : bad.contains("cutoff_days") ? "candidate_cutoff_days" : "sync_only_created_applications";
            String message = assertThrows(IntegrationSettings.InvalidSetting.class,
                    () -> IntegrationSettings.merged(Json.object(), json(bad)), bad).getMessage();
            assertTrue(message.startsWith(name), message);
        }
        String both = assertThrows(IntegrationSettings.InvalidSetting.class, () -> IntegrationSettings.merged(
                Json.object(), json("{\"candidate_cutoff_days\": 30}"))).getMessage();
        assertTrue(both.contains("needs sync_only_created_applications set to false"), both);
    }

    @Test
    void storedSettingsThatNoLongerParseFallBackToTheDefaults() throws Exception {
        assertTrue(IntegrationSettings.of(json("{\"candidate_cutoff_days\": \"x\"}")).syncOnlyCreatedApplications());
    }
}
