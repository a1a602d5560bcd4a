package dev.atrium.sandbox.icims;

import static dev.atrium.sandbox.icims.IcimsClient.filter;
import static dev.atrium.sandbox.icims.IcimsClient.json;
import static dev.atrium.sandbox.icims.IcimsClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A million people are generated on demand: the last one is readable and the keyset reaches the end. */
class IcimsLargeDatasetTest {

    private static final int PEOPLE = 1_000_000;

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.keepingState(SandboxOptions.defaults()
            .withIcims(IcimsSettings.defaults().withCounts(new IcimsCounts(2_000, PEOPLE, 200))));

    @Test
    void theLastPersonAndTheLastWorkflowAreThere() {
        IcimsClient client = RUNNING.client();
        long lastPerson = 10_001L + PEOPLE - 1;
        assertEquals(200, client.get("/people/" + lastPerson).status());
        assertEquals(404, client.get("/people/" + (lastPerson + 1)).status());
        assertEquals(200, client.get("/applicantworkflows/" + (19_001L + PEOPLE - 1)).status());
        JsonNode tail = json(client.search("people", query(filter("person.id", ">", String.valueOf(lastPerson - 500)))))
                .get("searchResults");
        assertEquals(500, tail.size());
        assertEquals(lastPerson, tail.get(499).get("id").asLong());
        assertEquals(PEOPLE, client.control("GET", "/state", null).json().get("counts").get("people").asLong());
    }
}
