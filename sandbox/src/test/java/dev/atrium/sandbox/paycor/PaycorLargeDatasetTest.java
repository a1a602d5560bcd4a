package dev.atrium.sandbox.paycor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import dev.atrium.sandbox.paycor.generate.IdCodec;
import dev.atrium.sandbox.paycor.generate.PaycorDataset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A million candidates are served lazily: any record and any page are computed, not stored. */
class PaycorLargeDatasetTest {

    private static final int CANDIDATES = 1_000_000;
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @RegisterExtension
    static final RunningPaycor RUNNING = RunningPaycor.keepingState(SandboxOptions.defaults()
            .withPaycor(PaycorSettings.defaults().withCounts(PaycorCounts.defaults().withJobs(40).withCandidates(CANDIDATES))));

    @Test
    void theStateCountsAMillionCandidates() {
        assertEquals(CANDIDATES, RUNNING.client().control("GET", "/state", null).json().get("counts").get("candidates").asLong());
    }

    @Test
    void aDateWindowServesAPageFromTheMiddleOfTheLargestJob() {
        PaycorClient client = RUNNING.client();
        PaycorDataset base = RUNNING.paycor().store().base();
        int job = largestJob(base);
        int middle = base.layout().start(job) + base.layout().size(job) / 2;
        JsonNode pivot = client.json(client.candidatesOf(base.jobs().get(job).id()) + "/" + base.candidateId(middle));
        LocalDate day = LocalDate.parse(pivot.get("createdDate").asText(), US_DATE);
        LocalDate from = day.minusDays(3);
        LocalDate to = day.plusDays(3);
        String path = client.candidatesOf(base.jobs().get(job).id()) + "?createdOrModifiedStartDate=" + from
                + "&createdOrModifiedEndDate=" + to;
        JsonNode page = client.json(path);
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < 3; k++) {
            assertEquals(100, page.get("records").size());
            assertTrue(page.get("hasMoreResults").asBoolean());
            for (JsonNode c : page.get("records")) {
                LocalDate modified = LocalDate.parse(c.get("modifiedDate").asText(), US_DATE);
                assertTrue(!modified.isBefore(from) && !modified.isAfter(to), modified.toString());
                assertTrue(ids.add(c.get("id").asText()));
            }
            page = client.json(path + "&continuationToken=" + page.get("continuationToken").asText());
        }
    }

    @Test
    void followingTokensWalksTheLargestJobWithoutRepeats() {
        PaycorClient client = RUNNING.client();
        PaycorDataset base = RUNNING.paycor().store().base();
        int job = largestJob(base);
        String path = client.candidatesOf(base.jobs().get(job).id());
        Set<String> ids = new HashSet<>();
        JsonNode page = client.json(path);
        for (int k = 0; k < 20; k++) {
            assertEquals(100, page.get("records").size());
            page.get("records").forEach(c -> ids.add(c.get("id").asText()));
            page = client.json(path + "?continuationToken=" + page.get("continuationToken").asText());
        }
        assertEquals(2_000, ids.size());
    }

    @Test
    void theLastGeneratedCandidateExistsAndNothingBeyond() {
        PaycorClient client = RUNNING.client();
        PaycorDataset base = RUNNING.paycor().store().base();
        int last = CANDIDATES - 1;
        String jobId = base.jobs().get(base.layout().ownerOf(last)).id();
        JsonNode c = client.json(client.candidatesOf(jobId) + "/" + base.candidateId(last));
        assertEquals(jobId, c.get("jobId").asText());
        assertEquals(404, client.get(client.candidatesOf(jobId) + "/" + base.ids().encode(
                IdCodec.Kind.CANDIDATE, CANDIDATES)).status());
    }

    @Test
    void mutationsWorkAtThisSize() {
        try {
            PaycorMutationResult result = RUNNING.paycor().mutate(PaycorMutationRequest.none().withDeleteCandidates(3).withChangeCandidates(3));
            assertEquals(CANDIDATES - 3, RUNNING.paycor().state().totals().candidates());
            PaycorDataset base = RUNNING.paycor().store().base();
            for (String id : result.deletedCandidates()) {
                String jobId = base.jobs().get(base.layout().ownerOf(base.indexOfCandidateId(id))).id();
                assertEquals(404, RUNNING.client().get(RUNNING.client().candidatesOf(jobId) + "/" + id).status());
            }
        } finally {
            RUNNING.paycor().reset();
        }
    }

    private static int largestJob(PaycorDataset base) {
        int best = 0;
        for (int j = 1; j < base.jobs().size(); j++) {
            best = base.layout().size(j) > base.layout().size(best) ? j : best;
        }
        assertTrue(base.layout().size(best) > 20_000);
        return best;
    }
}
