package dev.atrium.sandbox.digitalrecruiters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Digital Recruiters section 3 and 4.1 row where no other test already proves them: the 4 h feed cache as
 * the default, internal ads told by their apply URLs, entity managers with and without a name, hash ids and
 * locales in the documented alphabet, and gender read back as a string. The feed's closing ads, paging, login,
 * apply and the seven levels have their own tests.
 */
class DigitalRecruitersFactSheetTest {

    private static final String ISO_OFFSET = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d";

    @RegisterExtension
    static final RunningDigitalRecruiters RUNNING = RunningDigitalRecruiters.resettingAfterEach(
            DigitalRecruitersSettings.defaults().withCounts(DigitalRecruitersCounts.defaults().withJobAds(30)));

    @Test
    void theFeedIsCachedForFourHoursByDefault() {
        assertEquals(4 * 3600, DigitalRecruitersSettings.defaults().feedCacheSeconds());
    }

    @Test
    void adsShowInternalOnesManagersWithAndWithoutNamesAndTheDocumentedLocale() {
        int internal = 0;
        int named = 0;
        int unnamed = 0;
        for (JsonNode ad : RUNNING.client().feed().get("ads")) {
            assertTrue(ad.get("locale").asText().matches("[a-z]{2}_[A-Z]{2}"));
            assertTrue(ad.get("published_at").asText().matches(ISO_OFFSET));
            if (!ad.get("internal_apply_url").isNull()) {
                internal++;
            }
            String manager = ad.at("/entity/manager/firstname").asText() + ad.at("/entity/manager/lastname").asText();
            if (manager.isEmpty()) {
                unnamed++;
            } else {
                named++;
            }
        }
        assertTrue(internal > 0, "internal ads are told by internal_apply_url");
        assertTrue(named > 0 && unnamed > 0, "a manager becomes a hiring manager only when named: both cases occur");
    }

    @Test
    void applicationsUseHashIdsGenderStringsAndOffsetDates() {
        List<JsonNode> items = RUNNING.client().allApplications("?limit=100");
        boolean sawGender = false;
        for (JsonNode item : items) {
            assertTrue(item.get("id").isInt());
            assertTrue(item.at("/jobReference/hashId").asText().matches("[a-zA-Z1-9]+"));
            assertTrue(item.get("createdAt").asText().matches(ISO_OFFSET));
            JsonNode gender = item.get("gender");
            assertTrue(gender.isNull() || gender.isTextual() && List.of("1", "2").contains(gender.asText()), gender.toString());
            sawGender |= gender.isTextual();
        }
        assertTrue(sawGender);
    }
}
