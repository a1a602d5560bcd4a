package dev.atrium.sandbox.digitalrecruiters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.model.JobAdStatus;
import dev.atrium.sandbox.support.SimulatorClient.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The job-ads feed (fact sheet 3.1): one document of open ads, its path token, its shape and its cache. */
class DigitalRecruitersFeedTest {

    @RegisterExtension
    static final RunningDigitalRecruiters RUNNING = RunningDigitalRecruiters.resettingAfterEach(
            DigitalRecruitersSettings.defaults().withCounts(DigitalRecruitersCounts.defaults().withJobAds(30)));

    @Test
    void servesEveryOpenAdInOneDocumentAndNothingElse() {
        JsonNode feed = RUNNING.client().feed();
        assertEquals("1.0.1", feed.get("version").asText());
        assertTrue(feed.get("fetched_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"));
        assertTrue(feed.has("spontaneousApplyUrl"));
        List<JobAd> ads = RUNNING.simulator().store().liveAds();
        Set<JobAdStatus> generated = ads.stream().map(JobAd::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(JobAdStatus.class)));
        assertEquals(EnumSet.allOf(JobAdStatus.class), generated, "ads in every status");
        Set<String> open = ads.stream().filter(a -> a.status().inFeed()).map(JobAd::reference).collect(Collectors.toSet());
        List<String> served = new ArrayList<>();
        feed.get("ads").forEach(ad -> served.add(ad.get("reference").asText()));
        assertEquals(open, Set.copyOf(served));
        assertEquals(served.size(), feed.get("count").asInt());
        assertEquals(served.size(), Set.copyOf(served).size(), "references are unique");
    }

    @Test
    void adsHaveTheRealFeedsShape() {
        boolean sawInternal = false;
        boolean sawCustomField = false;
        for (JsonNode ad : RUNNING.client().feed().get("ads")) {
            assertTrue(ad.get("reference").asText().matches("[A-Z0-9]{17}"), ad.get("reference").asText());
            assertTrue(ad.get("service_hash_id").asText().matches("[a-zA-Z1-9]{8}"));
            assertTrue(ad.get("address").at("/position/lat").isTextual(), "coordinates are strings");
            assertTrue(ad.get("description").asText().startsWith("<p>"), "HTML");
            JsonNode duration = ad.get("contract_duration");
            assertTrue(duration.get("min").isNull() || duration.get("min").isTextual());
            assertTrue(ad.at("/referent_recruiter/firstname").isTextual());
            assertFalse(ad.get("referent_recruiter").has("email"), "recruiter contact is off by default");
            assertTrue(ad.at("/entity/manager").has("position"));
            boolean internal = !ad.get("internal_apply_url").isNull();
            assertEquals(internal, ad.get("apply_url").isNull(), "internal ads have only the internal apply URL");
            sawInternal |= internal;
            sawCustomField |= ad.get("custom_fields").size() > 0;
            ad.get("custom_fields").forEach(f -> assertTrue(f.has("hash") && f.has("name") && f.has("value")));
        }
        assertTrue(sawInternal && sawCustomField);
    }

    @Test
    void recruiterContactAppearsOnlyWhenSwitchedOn() {
        DigitalRecruitersClient c = RUNNING.client();
        c.control("PUT", "/settings", "{\"recruiter_contact_in_feed\": true}");
        for (JsonNode ad : c.feed().get("ads")) {
            assertTrue(ad.at("/referent_recruiter/email").asText().endsWith("@recrutement.example.com"));
            assertTrue(ad.at("/referent_recruiter/phoneNumber").asText().startsWith("+33"));
        }
    }

    @Test
    void wrongTokenIsNotFoundOnBothSpellingsAndTheUnderscoreAliasServes() {
        DigitalRecruitersClient c = RUNNING.client();
        Reply wrong = c.getWith("/export/job-ads/nope", Map.of());
        assertEquals(404, wrong.status());
        assertEquals(404, wrong.json().get("code").asInt());
        assertTrue(wrong.json().get("message").isTextual());
        assertEquals(404, c.getWith("/export/job_ads/nope", Map.of()).status());
        Reply alias = c.getWith("/export/job_ads/" + c.credentials.get("feed_token"), Map.of());
        assertEquals(200, alias.status());
        assertEquals(c.feed().get("count"), alias.json().get("count"));
        c.control("PUT", "/settings", "{\"bad_token_status\": 401}");
        assertEquals(401, c.getWith("/export/job-ads/nope", Map.of()).status());
    }

    @Test
    void aClosedAdStaysInTheCachedFeedUntilItIsRegenerated() {
        DigitalRecruitersClient c = RUNNING.client();
        String before = c.feed().get("fetched_at").asText();
        JsonNode result = c.control("POST", "/mutations", "{\"close_job_ads\": 2}").json();
        List<String> closed = new ArrayList<>();
        result.get("closed_job_ads").forEach(r -> closed.add(r.asText()));
        assertEquals(2, closed.size());
        assertTrue(references(c.feed()).containsAll(closed), "the feed is a four-hourly export");
        assertEquals(before, c.feed().get("fetched_at").asText());

        assertEquals(200, c.control("POST", "/feed/regenerate", null).status());
        JsonNode fresh = c.feed();
        assertTrue(references(fresh).stream().noneMatch(closed::contains), "closed ads disappear");
        assertFalse(before.equals(fresh.get("fetched_at").asText()), "a new export has a new date");
    }

    @Test
    void withoutCacheEveryReadSeesTheChangesAtOnce() {
        DigitalRecruitersClient c = RUNNING.client();
        c.control("PUT", "/settings", "{\"feed_cache_seconds\": 0}");
        int open = c.feed().get("count").asInt();
        JsonNode result = c.control("POST", "/mutations", "{\"close_job_ads\": 1, \"change_job_ads\": 1}").json();
        JsonNode feed = c.feed();
        assertEquals(open - 1, feed.get("count").asInt());
        assertFalse(references(feed).contains(result.get("closed_job_ads").get(0).asText()));
    }

    private static List<String> references(JsonNode feed) {
        List<String> refs = new ArrayList<>();
        feed.get("ads").forEach(ad -> refs.add(ad.get("reference").asText()));
        return refs;
    }
}
