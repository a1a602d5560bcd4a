package dev.atrium.sandbox.digitalrecruiters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.digitalrecruiters.generate.DigitalRecruitersDataset;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The applications export (fact sheet 3.3): page and limit, absolute links.next, filters, sorts and item shape. */
class DigitalRecruitersApplicationsTest {

    private static final int APPLICATIONS = 430;

    @RegisterExtension
    static final RunningDigitalRecruiters RUNNING = RunningDigitalRecruiters.resettingAfterEach(
            DigitalRecruitersSettings.defaults().withCounts(new DigitalRecruitersCounts(20, APPLICATIONS, 5, 3)));

    @Test
    void pagesOfFiftyByDefaultFollowedByAbsoluteNextLinksUntilNull() {
        DigitalRecruitersClient c = RUNNING.client();
        JsonNode first = c.json(DigitalRecruitersClient.APPLICATIONS);
        assertEquals(50, first.at("/data/items").size());
        String next = first.at("/data/links/next").asText();
        assertTrue(next.startsWith("http://127.0.0.1:" + RUNNING.sandbox().port() + "/digitalrecruiters/public/v1/"), next);
        assertTrue(next.contains("page=2"), next);
        List<JsonNode> all = c.allApplications("");
        assertEquals(APPLICATIONS, all.size());
        long previous = 0;
        for (JsonNode a : all) {
            assertTrue(a.get("id").asLong() > previous, "ascending ids without repeats");
            previous = a.get("id").asLong();
        }
        JsonNode beyond = c.json(DigitalRecruitersClient.APPLICATIONS + "?page=99");
        assertEquals(0, beyond.at("/data/items").size());
        assertTrue(beyond.at("/data/links/next").isNull());
    }

    @Test
    void limitAboveTheMaximumIsClampedAndTheNextLinkKeepsTheEffectiveLimit() {
        JsonNode page = RUNNING.client().json(DigitalRecruitersClient.APPLICATIONS + "?limit=500");
        assertEquals(100, page.at("/data/items").size());
        assertTrue(page.at("/data/links/next").asText().contains("limit=100"));
        assertEquals(7, RUNNING.client().json(DigitalRecruitersClient.APPLICATIONS + "?limit=7").at("/data/items").size());
    }

    @Test
    void jobAdFilterAndSortsSelectAndOrder() {
        DigitalRecruitersClient c = RUNNING.client();
        JobAd ad = RUNNING.simulator().store().liveAds().stream()
                .filter(a -> RUNNING.simulator().store().base().layout().size(a.index()) > 3).findFirst().orElseThrow();
        List<JsonNode> ofAd = c.allApplications("?jobAd=" + ad.adId() + "&limit=3");
        assertEquals(RUNNING.simulator().store().base().layout().size(ad.index()), ofAd.size());
        ofAd.forEach(a -> assertEquals(ad.adId(), a.at("/jobAd/id").asLong()));
        ofAd.forEach(a -> assertEquals(ad.hashId(), a.at("/jobReference/hashId").asText()));
        assertEquals(0, c.json(DigitalRecruitersClient.APPLICATIONS + "?jobAd=1").at("/data/items").size());

        List<JsonNode> byLastName = c.allApplications("?sort=lastName&limit=100");
        assertEquals(APPLICATIONS, byLastName.size());
        for (int i = 1; i < byLastName.size(); i++) {
            assertTrue(byLastName.get(i - 1).get("lastName").asText().compareTo(byLastName.get(i).get("lastName").asText()) <= 0);
        }
        Reply badSort = c.get(DigitalRecruitersClient.APPLICATIONS + "?sort=salary");
        assertEquals(400, badSort.status());
        assertEquals(400, badSort.json().get("code").asInt());
        assertEquals(400, c.get(DigitalRecruitersClient.APPLICATIONS + "?jobAd=abc").status());
    }

    @Test
    void itemsSpanTheSevenLevelsWithHiredAndRefusedOutcomes() {
        Map<String, Integer> levels = new HashMap<>();
        Set<String> outcomes = new HashSet<>();
        for (JsonNode a : RUNNING.client().allApplications("?limit=100")) {
            levels.merge(a.get("status").asText(), 1, Integer::sum);
            outcomes.add(a.get("applicationStatus").asText());
            assertTrue(a.get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"));
            assertTrue(!OffsetDateTime.parse(a.get("updatedAt").asText()).isBefore(OffsetDateTime.parse(a.get("createdAt").asText())));
            assertTrue(a.get("gender").isNull() || a.get("gender").asText().matches("[12]"), "gender reads as a string");
            assertEquals(a.get("status").asText().equals("Refusal"), !a.get("rejectedReason").isNull());
            assertTrue(a.has("isFromExternalApi") && a.has("origin") && a.at("/location/city").isTextual());
        }
        assertEquals(Set.copyOf(DigitalRecruitersSettings.GLOBAL_STAGE_NAMES), levels.keySet());
        assertEquals(Set.of("in_progress", "hired", "refused"), outcomes);
    }

    @Test
    void statusLiteralsAreASetting() {
        List<String> french = List.of("Candidature", "Présélection", "Qualification", "Entretien", "Offre", "Embauche", "Refus");
        String json = "{\"status_labels\": [\"" + String.join("\", \"", french) + "\"]}";
        assertEquals(200, RUNNING.client().control("PUT", "/settings", json).status());
        RUNNING.client().allApplications("?limit=100").forEach(a -> assertTrue(french.contains(a.get("status").asText())));
        assertEquals(400, RUNNING.client().control("PUT", "/settings", "{\"status_labels\": [\"only one\"]}").status());
    }

    @Test
    void peopleApplyingAgainMayUseAnotherOfTheirEmailsAndPhones() {
        DigitalRecruitersDataset base = RUNNING.simulator().store().base();
        int person = -1;
        for (int i = 0; i < APPLICATIONS && person < 0; i++) {
            int p = base.generator().personOf(i);
            if (p != i && !base.application(i).email().equals(base.application(p).email())) {
                person = p;
            }
        }
        assertTrue(person >= 0, "some repeat candidate applied with their second email");
        assertTrue(!base.generator().email(person, 0).equals(base.generator().email(person, 1)));
        List<String> emails = new ArrayList<>();
        for (JsonNode a : RUNNING.client().allApplications("?limit=100")) {
            if (a.get("firstName").asText().equals(base.generator().firstName(person))
                    && a.get("lastName").asText().equals(base.generator().lastName(person))) {
                emails.add(a.get("email").asText());
            }
        }
        assertTrue(emails.contains(base.generator().email(person, 0)) && emails.contains(base.generator().email(person, 1)), emails.toString());
    }

    @Test
    void cvLinksDownloadWithTheBearer() {
        DigitalRecruitersClient c = RUNNING.client();
        JsonNode withCv = null;
        for (JsonNode a : c.json(DigitalRecruitersClient.APPLICATIONS).at("/data/items")) {
            if (!a.get("cv").isNull()) {
                withCv = a;
                break;
            }
        }
        Reply pdf = c.getAbsolute(withCv.at("/cv/url").asText());
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.body().startsWith("%PDF"));
    }
}
