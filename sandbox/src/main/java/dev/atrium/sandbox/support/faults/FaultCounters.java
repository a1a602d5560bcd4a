package dev.atrium.sandbox.support.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.support.http.JsonReplies;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** How many requests a spec saw and what it did to them, so a test can check that a fault did bite. */
final class FaultCounters {

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();
    private final AtomicLong repeatedPages = new AtomicLong();
    private final Map<Fault, AtomicLong> byFault = new EnumMap<>(Fault.class);
    private final Map<Integer, AtomicLong> byStatus = new ConcurrentSkipListMap<>();

    FaultCounters() {
        for (Fault fault : Fault.values()) {
            byFault.put(fault, new AtomicLong());
        }
    }

    /** Counts a covered request and returns its number, from 1. */
    long nextRequest() {
        return requests.incrementAndGet();
    }

    void count(FaultDecision decision) {
        byFault.get(decision.fault()).incrementAndGet();
        if (decision.fault() == Fault.ERROR) {
            byStatus.computeIfAbsent(decision.status(), s -> new AtomicLong()).incrementAndGet();
        }
        if (decision.latencyMs() > 0) {
            delayed.incrementAndGet();
        }
    }

    void repeatedPage() {
        repeatedPages.incrementAndGet();
    }

    ObjectNode json() {
        ObjectNode n = JsonReplies.MAPPER.createObjectNode();
        n.put("requests", requests.get());
        n.put("delayed", delayed.get());
        n.put("timeouts", byFault.get(Fault.TIMEOUT).get());
        n.put("rate_limited", byFault.get(Fault.RATE_LIMITED).get());
        ObjectNode errors = n.putObject("errors");
        byStatus.forEach((status, count) -> errors.put(Integer.toString(status), count.get()));
        n.put("malformed_json", byFault.get(Fault.MALFORMED_JSON).get());
        n.put("truncated", byFault.get(Fault.TRUNCATED).get());
        n.put("repeated_pages", repeatedPages.get());
        return n;
    }
}
