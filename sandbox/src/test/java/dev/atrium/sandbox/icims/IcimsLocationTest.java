package dev.atrium.sandbox.icims;

import static dev.atrium.sandbox.icims.IcimsClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.SandboxOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Job locations are ADDRESSLINKs into company profiles, and those links resolve (fact sheet A3.1, A6). */
class IcimsLocationTest {

    @RegisterExtension
    static final RunningIcims RUNNING = RunningIcims.keepingState(SandboxOptions.defaults());

    @Test
    void everyJobLocationLinkResolvesToItsCompanyAddressRow() {
        IcimsClient client = RUNNING.client();
        Set<String> values = new HashSet<>();
        for (long id : client.searchAll("jobs", "job", List.of())) {
            JsonNode location = json(client.get("/jobs/" + id)).get("joblocation");
            String link = location.get("address").asText();
            String prefix = client.baseUrl + client.customer;
            assertTrue(link.startsWith(prefix + "/companies/" + location.get("companyid").asLong() + "/fields/addresses/"), link);
            JsonNode row = json(client.get(link.substring(prefix.length())));
            assertEquals(location.get("id").asLong(), row.get("entry").asLong());
            assertEquals("United States", row.get("addresscountry").get("value").asText());
            if (row.has("addresscity")) {
                assertTrue(location.get("value").asText().contains(row.get("addresscity").asText()));
            }
            JsonNode company = json(client.get("/companies/" + location.get("companyid").asLong()));
            assertTrue(location.get("value").asText().startsWith(company.get("name").asText() + " - "));
            values.add(location.get("value").asText());
        }
        assertTrue(values.stream().anyMatch(v -> v.contains("Remote")), values.toString());
        assertTrue(values.stream().anyMatch(v -> v.contains("Hybrid")), values.toString());
    }

    @Test
    void aCompanyProfileHasItsAddressesLeavesOutEmptyPartsAndTrimsToFields() {
        IcimsClient client = RUNNING.client();
        JsonNode chicago = json(client.get("/companies/6"));
        assertEquals("Chicago", chicago.get("name").asText());
        assertEquals(2, chicago.get("addresses").size());
        assertEquals("IL", chicago.get("addresses").get(0).get("addressstate").get("abbrev").asText());
        assertEquals(client.baseUrl + client.customer + "/companies/6", chicago.get("links").get(0).get("url").asText());
        JsonNode remote = json(client.get("/companies/14")).get("addresses").get(0);
        assertFalse(remote.has("addresscity") || remote.has("addressstate") || remote.has("addressstreet1"), remote.toString());
        Set<String> keys = new HashSet<>();
        json(client.get("/companies/6?fields=name")).fieldNames().forEachRemaining(keys::add);
        assertEquals(Set.of("name", "links"), keys);
        for (String path : List.of("/companies/7", "/companies/6/fields/addresses/7", "/companies/6/fields/addresses/x")) {
            assertEquals(404, client.get(path).status(), path);
            assertEquals(2, client.get(path).json().get("errors").get(0).get("errorCode").asInt());
        }
    }
}
