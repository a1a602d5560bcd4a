package dev.atrium.sandbox.support.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which request gets which fault: decided by the seed and the request's number alone. */
class FaultPlanTest {

    @Test
    void theSameSeedGivesEveryRequestTheSameFaultAndAnotherSeedDoesNot() {
        FaultSpec spec = FaultSpec.errorRate(503, 0.2).withTimeouts(0.05).withMalformedJson(0.05)
                .withLatencyMs(new LatencyRange(10, 90));
        List<FaultDecision> first = decisions(new FaultPlan(7, spec), 500);
        assertEquals(first, decisions(new FaultPlan(7, spec), 500));
        assertNotEquals(first, decisions(new FaultPlan(8, spec), 500));
    }

    @Test
    void errorRatesHoldOverManyRequests() {
        FaultPlan plan = new FaultPlan(3, FaultSpec.none().withErrors(Map.of(503, 0.2, 500, 0.05)));
        int unavailable = 0;
        int internal = 0;
        for (long n = 1; n <= 20_000; n++) {
            FaultDecision d = plan.decide(n);
            if (d.fault() == Fault.ERROR) {
                if (d.status() == 503) {
                    unavailable++;
                } else if (d.status() == 500) {
                    internal++;
                }
            }
        }
        assertTrue(unavailable > 3_700 && unavailable < 4_300, "503s: " + unavailable);
        assertTrue(internal > 800 && internal < 1_200, "500s: " + internal);
    }

    @Test
    void burstsRefuseTheLastRequestsOfEveryCycleAfterTheUntouchedOnes() {
        FaultPlan plan = new FaultPlan(1, FaultSpec.none().withRateLimitBursts(new RateLimitBursts(5, 2, 3))
                .withAfterRequests(3));
        List<Long> limited = new ArrayList<>();
        for (long n = 1; n <= 15; n++) {
            if (plan.decide(n).fault() == Fault.RATE_LIMITED) {
                limited.add(n);
            }
        }
        assertEquals(List.of(7L, 8L, 12L, 13L), limited);
    }

    @Test
    void latencyStaysWithinItsRange() {
        FaultPlan plan = new FaultPlan(5, FaultSpec.none().withLatencyMs(new LatencyRange(20, 40)));
        for (long n = 1; n <= 1_000; n++) {
            int latency = plan.decide(n).latencyMs();
            assertTrue(latency >= 20 && latency <= 40, "latency " + latency);
            assertEquals(Fault.NONE, plan.decide(n).fault());
        }
    }

    @Test
    void pathsLimitWhichRequestsMayBeFaulted() {
        FaultPlan plan = new FaultPlan(5, FaultSpec.errorRate(503, 1).withPaths("/recruitment/.*"));
        assertTrue(plan.covers("/recruitment/positions"));
        assertFalse(plan.covers("/employees"));
    }

    @Test
    void impossibleSpecsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.errorRate(200, 0.1));
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.errorRate(503, 1.5));
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.errorRate(503, 0.7).withTimeouts(0.4));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitBursts(3, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new LatencyRange(50, 10));
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.none().withPaths("(unclosed"));
    }

    @Test
    void listRoutesMatchTheirParametersOneSegmentAtATime() {
        ListRoutes lists = ListRoutes.of("GET /positions/:id/applicants", "POST /search/people");
        assertTrue(lists.matches(HttpMethod.GET, "/positions/12/applicants"));
        assertTrue(lists.matches(HttpMethod.POST, "/search/people"));
        assertFalse(lists.matches(HttpMethod.GET, "/positions/12/x/applicants"));
        assertFalse(lists.matches(HttpMethod.POST, "/positions/12/applicants"));
        assertThrows(IllegalArgumentException.class, () -> ListRoutes.of("/no/method"));
    }

    private static List<FaultDecision> decisions(FaultPlan plan, int count) {
        List<FaultDecision> out = new ArrayList<>();
        for (long n = 1; n <= count; n++) {
            out.add(plan.decide(n));
        }
        return out;
    }
}
