package dev.atrium.sandbox.digitalrecruiters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.model.JobAdStatus;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Apply (fact sheet 3.2): one JSON body, at most one file, 201 or 202, no error for closed ads or repeats. */
class DigitalRecruitersApplyTest {

    @RegisterExtension
    static final RunningDigitalRecruiters RUNNING = RunningDigitalRecruiters.resettingAfterEach(
            DigitalRecruitersSettings.defaults());

    private static final String FILE = "{\"name\": \"cv.pdf\", \"content\": \""
            + Base64.getEncoder().encodeToString("%PDF-1.4 test".getBytes()) + "\"}";

    @Test
    void aCompleteApplicationIs201AndLaterReadsSeeIt() {
        JobAd ad = ad(JobAdStatus.PUBLISHED);
        Reply created = RUNNING.client().apply(body(ad.reference(), "ana.lopez@example.com", FILE));
        assertEquals(201, created.status(), created.body());
        assertEquals("{}", created.body().replace(" ", ""), "no documented body");
        List<JsonNode> ofAd = RUNNING.client().allApplications("?jobAd=" + ad.adId());
        JsonNode last = ofAd.get(ofAd.size() - 1);
        assertEquals("ana.lopez@example.com", last.get("email").asText());
        assertEquals("Lopez", last.get("lastName").asText());
        assertEquals("2", last.get("gender").asText());
        assertEquals("+33612345678", last.get("phoneNumber").asText());
        assertEquals("my-job-board", last.get("origin").asText());
        assertTrue(last.get("isFromExternalApi").asBoolean());
        assertEquals("Application", last.get("status").asText());
        assertEquals("Paris", last.at("/location/city").asText());
        assertTrue(last.at("/cv/url").isTextual());
        assertEquals(1, RUNNING.client().control("GET", "/state", null).json().at("/created/applications").asInt());
    }

    @Test
    void withoutAFileTheApplicationIsAcceptedWith202() {
        assertEquals(202, RUNNING.client().apply(body(ad(JobAdStatus.PUBLISHED).reference(), "a@example.com", null)).status());
        RUNNING.client().control("PUT", "/settings", "{\"accepted_without_file\": false, \"apply_response_id\": true}");
        Reply created = RUNNING.client().apply(body(ad(JobAdStatus.PUBLISHED).reference(), "b@example.com", null));
        assertEquals(201, created.status());
        assertTrue(created.json().get("id").asLong() > 0);
    }

    @Test
    void closedAdsAndRepeatedApplicationsAreAcceptedWithoutError() {
        JobAd closed = ad(JobAdStatus.CLOSED);
        int before = RUNNING.client().allApplications("?jobAd=" + closed.adId()).size();
        assertEquals(201, RUNNING.client().apply(body(closed.reference(), "same@example.com", FILE)).status());
        assertEquals(201, RUNNING.client().apply(body(closed.reference(), "same@example.com", FILE)).status());
        assertEquals(before + 2, RUNNING.client().allApplications("?jobAd=" + closed.adId()).size());
    }

    @Test
    void malformedBodiesUnknownAdsAndWrongTokensAreRefused() {
        DigitalRecruitersClient c = RUNNING.client();
        String ref = ad(JobAdStatus.PUBLISHED).reference();
        Reply noEmail = c.apply("{\"reference\": \"" + ref + "\", \"ApplicationProfile\": {\"firstName\": \"A\", \"lastName\": \"B\"}}");
        assertEquals(400, noEmail.status());
        assertEquals(400, noEmail.json().get("code").asInt());
        assertTrue(noEmail.json().get("message").asText().contains("email"));
        assertEquals(400, c.apply(body(null, "a@example.com", FILE)).status(), "the job ad is mandatory");
        assertEquals(400, c.apply(body(ref, "a@example.com", "[" + FILE + ", " + FILE + "]")).status(), "one file only");
        assertEquals(400, c.apply(body(ref, "a@example.com", "{\"name\": \"cv.pdf\", \"content\": \"***\"}")).status());
        assertEquals(400, c.apply("not json").status());
        assertEquals(404, c.apply(body("NOSUCHREFERENCE00", "a@example.com", FILE)).status());
        assertEquals(404, c.postWith("/api/candidate/apply/wrong", body(ref, "a@example.com", FILE),
                Map.of("Content-Type", "application/json")).status());
        assertEquals(0, c.control("GET", "/state", null).json().at("/created/applications").asInt());
    }

    @Test
    void genderOtherThanOneOrTwoIsDropped() {
        JobAd ad = ad(JobAdStatus.INTERNAL);
        String body = body(ad.reference(), "x@example.com", FILE).replace("\"gender\": 2", "\"gender\": 3");
        assertEquals(201, RUNNING.client().apply(body).status());
        List<JsonNode> ofAd = RUNNING.client().allApplications("?jobAd=" + ad.adId());
        assertTrue(ofAd.get(ofAd.size() - 1).get("gender").isNull());
    }

    private static JobAd ad(JobAdStatus status) {
        return RUNNING.simulator().store().liveAds().stream().filter(a -> a.status() == status).findFirst().orElseThrow();
    }

    private static String body(String reference, String email, String file) {
        return "{" + (reference == null ? "" : "\"reference\": \"" + reference + "\", ")
                + "\"consent_date\": \"2025-05-03 14:12:09\", \"s_o\": \"my-job-board\", \"locale\": \"fr_FR\","
                + " \"ApplicationMessage\": {\"message\": \"Bonjour\"},"
                + " \"ApplicationProfile\": {\"gender\": 2, \"firstName\": \"Ana\", \"lastName\": \"Lopez\", \"email\": \"" + email
                + "\", \"phoneNumber\": \"+33612345678\", \"job\": \"Data engineer\", \"addressCity\": \"Paris\"}"
                + (file == null ? "" : ", \"file\": " + file) + "}";
    }
}
