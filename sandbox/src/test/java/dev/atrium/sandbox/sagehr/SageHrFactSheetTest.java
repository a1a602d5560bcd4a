package dev.atrium.sandbox.sagehr;

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

/**
 * The Sage HR sections 2.2 to 2.6 and the 4.1 row where no other test already proves them: the documented keys
 * of positions, employees, teams and HR job titles, the history flags of {@code /employees}, and the numeric
 * {@code referrer.phone_number}. Paging, the Accept quirk, create refusals, hiring-team roles and actions have
 * their own tests.
 */
class SageHrFactSheetTest {

    private static final Set<String> POSITION_KEYS = Set.of("id", "title", "status", "visibility", "created_at",
            "internal_date", "completed_at", "link", "team", "applicants_required", "applicants_count", "employment_type",
            "location", "location_id", "group", "group_id", "priority", "description_blocks");
    private static final Set<String> EMPLOYEE_KEYS = Set.of("id", "email", "first_name", "last_name", "picture_url",
            "employment_start_date", "date_of_birth", "team", "team_id", "position", "position_id",
            "reports_to_employee_id", "work_phone", "home_phone", "mobile_phone", "gender", "street_first",
            "street_second", "city", "post_code", "country", "employee_number", "employment_status");

    @RegisterExtension
    static final RunningSandbox RUNNING = RunningSandbox.resettingAfterEach(SandboxOptions.defaults());

    @Test
    void positionsCarryTheDocumentedKeysAndDetailsAddApplicantsAndHiringTeam() {
        for (JsonNode position : RUNNING.client().all("/recruitment/positions")) {
            assertEquals(POSITION_KEYS, keys(position));
            JsonNode detail = RUNNING.client().json("/recruitment/positions/" + position.get("id").asLong()).get("data");
            Set<String> extra = keys(detail);
            extra.removeAll(POSITION_KEYS);
            assertEquals(Set.of("applicants", "hiring_team"), extra);
            detail.get("applicants").forEach(a -> assertEquals(Set.of("id", "full_name", "email"), keys(a)));
            detail.get("hiring_team").forEach(m -> assertEquals(Set.of("id", "full_name", "role"), keys(m)));
        }
    }

    @Test
    void referrerPhoneNumbersAreNumbersWhileApplicantPhoneNumbersAreText() {
        int numeric = 0;
        for (JsonNode position : RUNNING.client().all("/recruitment/positions")) {
            for (JsonNode a : RUNNING.client().all("/recruitment/positions/" + position.get("id").asLong() + "/applicants")) {
                assertTrue(a.get("phone_number").isNull() || a.get("phone_number").isTextual());
                JsonNode referrer = RUNNING.client().json("/recruitment/applicants/" + a.get("id").asLong()).get("data").get("referrer");
                if (!referrer.isNull() && referrer.get("phone_number").isNumber()) {
                    numeric++;
                }
            }
        }
        assertTrue(numeric > 0, "the documented inconsistency shows in the data");
    }

    @Test
    void employeesCarryTheDocumentedFieldsAndTheHistoriesOnlyWhenAsked() {
        JsonNode page = RUNNING.client().json("/employees?page=1");
        JsonNode first = page.get("data").get(0);
        assertEquals(EMPLOYEE_KEYS, keys(first));
        JsonNode withHistories = RUNNING.client()
                .json("/employees?page=1&team_history=true&employment_status_history=true&position_history=true")
                .get("data").get(0);
        Set<String> extra = keys(withHistories);
        extra.removeAll(EMPLOYEE_KEYS);
        assertEquals(Set.of("team_history", "employment_status_history", "position_history"), extra);
        assertEquals(first.get("team_id"), withHistories.get("team_history").get(0).get("team_id"));
        assertEquals(first.get("position_id"), withHistories.get("position_history").get(0).get("position_id"));
        assertEquals(first.get("employment_status"),
                withHistories.get("employment_status_history").get(0).get("employment_status"));
        JsonNode one = RUNNING.client().json("/employees/" + first.get("id").asLong() + "?team_history=true").get("data");
        assertTrue(one.has("team_history"));
        assertFalse(one.has("position_history"));
    }

    @Test
    void teamsAndHrJobTitlesAreNotRecruitmentPositions() {
        JsonNode team = RUNNING.client().json("/teams?page=1").get("data").get(0);
        assertEquals(Set.of("id", "name", "manager_ids", "employee_ids"), keys(team));
        JsonNode title = RUNNING.client().json("/positions?page=1").get("data").get(0);
        assertEquals(Set.of("id", "title", "description", "code"), keys(title));
        List<Long> recruitmentIds = RUNNING.client().all("/recruitment/positions").stream().map(p -> p.get("id").asLong()).toList();
        assertFalse(recruitmentIds.contains(title.get("id").asLong()), "HR job titles have their own ids");
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
