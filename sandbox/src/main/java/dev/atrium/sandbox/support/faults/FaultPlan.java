package dev.atrium.sandbox.support.faults;

import dev.atrium.sandbox.support.SeededHash;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides, from the seed alone, which fault the n-th request since a spec was set gets: the same seed and spec
 * give every request the same fault on every run, whatever the timing.
 */
public final class FaultPlan {

    // Fresh stream numbers: the simulators' generators use 101 to 2102.
    private static final int ROLL_STREAM = 9001;
    private static final int LATENCY_STREAM = 9002;

    private final FaultSpec spec;
    private final SeededHash hash;
    private final Pattern paths;

    public FaultPlan(long seed, FaultSpec spec) {
        this.spec = spec;
        this.hash = new SeededHash(seed);
        this.paths = spec.paths() == null ? null : Pattern.compile(spec.paths());
    }

    public FaultSpec spec() {
        return spec;
    }

    /** Whether requests to {@code path} (below the vendor base) may be faulted at all. */
    public boolean covers(String path) {
        return paths == null || paths.matcher(path).matches();
    }

    /** The fault of the {@code n}-th request (from 1) the spec covers. */
    public FaultDecision decide(long n) {
        if (n <= spec.afterRequests()) {
            return FaultDecision.UNTOUCHED;
        }
        long k = n - spec.afterRequests();
        int latency = latency(n);
        RateLimitBursts bursts = spec.rateLimitBursts();
        if (bursts != null && bursts.covers(k)) {
            return new FaultDecision(Fault.RATE_LIMITED, 429, latency);
        }
        double roll = hash.unit(ROLL_STREAM, n);
        double edge = spec.timeouts();
        if (roll < edge) {
            return new FaultDecision(Fault.TIMEOUT, 0, latency);
        }
        for (Map.Entry<Integer, Double> error : spec.errors().entrySet()) {
            edge += error.getValue();
            if (roll < edge) {
                return new FaultDecision(Fault.ERROR, error.getKey(), latency);
            }
        }
        edge += spec.malformedJson();
        if (roll < edge) {
            return new FaultDecision(Fault.MALFORMED_JSON, 0, latency);
        }
        edge += spec.truncated();
        if (roll < edge) {
            return new FaultDecision(Fault.TRUNCATED, 0, latency);
        }
        return new FaultDecision(Fault.NONE, 0, latency);
    }

    private int latency(long n) {
        LatencyRange range = spec.latencyMs();
        if (range == null || range.max() == 0) {
            return 0;
        }
        return range.min() + hash.below(LATENCY_STREAM, n, range.max() - range.min() + 1);
    }
}
