package dev.atrium.sandbox.support.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which faults a simulator injects into its vendor routes, as {@code POST <control>/faults} takes it. Rates are
 * shares of requests in [0, 1]; one roll per request picks among timeouts, error statuses, malformed and
 * truncated bodies, so their rates add up to at most 1.
 *
 * @param errors          share of requests answered with each status, e.g. {@code {"503": 0.2}}
 * @param rateLimitBursts runs of 429 with {@code Retry-After} at fixed points of the request count, or null
 * @param latencyMs       delay added before every answer, or null
 * @param timeouts        share of requests never answered
 * @param malformedJson   share of JSON answers sent with a syntax error
 * @param truncated       share of JSON answers cut short by a closed connection
 * @param repeatPage      list routes answer the first page they served, whatever page is asked
 * @param afterRequests   requests served untouched before any fault (the first sync pages, say)
 * @param paths           a regular expression the path below the vendor base must match, or null for all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultSpec(
        @JsonProperty("errors") Map<Integer, Double> errors,
        @JsonProperty("rate_limit_bursts") RateLimitBursts rateLimitBursts,
        @JsonProperty("latency_ms") LatencyRange latencyMs,
        @JsonProperty("timeouts") double timeouts,
        @JsonProperty("malformed_json") double malformedJson,
        @JsonProperty("truncated") double truncated,
        @JsonProperty("repeat_page") boolean repeatPage,
        @JsonProperty("after_requests") long afterRequests,
        @JsonProperty("paths") String paths) {

    public FaultSpec {
        errors = errors == null ? Map.of() : new TreeMap<>(errors);
        double total = 0;
        for (Map.Entry<Integer, Double> e : errors.entrySet()) {
            if (e.getKey() == null || e.getKey() < 400 || e.getKey() > 599) {
                throw new IllegalArgumentException("error statuses must be between 400 and 599, was " + e.getKey());
            }
            total += rate("errors." + e.getKey(), e.getValue() == null ? -1 : e.getValue());
        }
        total += rate("timeouts", timeouts) + rate("malformed_json", malformedJson) + rate("truncated", truncated);
        if (total > 1.0 + 1e-9) {
            throw new IllegalArgumentException("errors, timeouts, malformed_json and truncated add up to more than 1");
        }
        if (afterRequests < 0) {
            throw new IllegalArgumentException("after_requests must not be negative");
        }
        if (paths != null) {
            try {
                Pattern.compile(paths);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("paths is not a regular expression: " + e.getDescription());
            }
        }
        errors = java.util.Collections.unmodifiableMap(errors);
    }

    /** No fault at all. */
    public static FaultSpec none() {
        return new FaultSpec(Map.of(), null, null, 0, 0, 0, false, 0, null);
    }

    /** A share of requests answered with {@code status}. */
    public static FaultSpec errorRate(int status, double rate) {
        return none().withErrors(Map.of(status, rate));
    }

    public FaultSpec withErrors(Map<Integer, Double> value) {
        return new FaultSpec(value, rateLimitBursts, latencyMs, timeouts, malformedJson, truncated, repeatPage,
                afterRequests, paths);
    }

    public FaultSpec withRateLimitBursts(RateLimitBursts value) {
        return new FaultSpec(errors, value, latencyMs, timeouts, malformedJson, truncated, repeatPage, afterRequests,
                paths);
    }

    public FaultSpec withLatencyMs(LatencyRange value) {
        return new FaultSpec(errors, rateLimitBursts, value, timeouts, malformedJson, truncated, repeatPage,
                afterRequests, paths);
    }

    public FaultSpec withTimeouts(double value) {
        return new FaultSpec(errors, rateLimitBursts, latencyMs, value, malformedJson, truncated, repeatPage,
                afterRequests, paths);
    }

    public FaultSpec withMalformedJson(double value) {
        return new FaultSpec(errors, rateLimitBursts, latencyMs, timeouts, value, truncated, repeatPage, afterRequests,
                paths);
    }

    public FaultSpec withAfterRequests(long value) {
        return new FaultSpec(errors, rateLimitBursts, latencyMs, timeouts, malformedJson, truncated, repeatPage, value,
                paths);
    }

    public FaultSpec withPaths(String value) {
        return new FaultSpec(errors, rateLimitBursts, latencyMs, timeouts, malformedJson, truncated, repeatPage,
                afterRequests, value);
    }

    private static double rate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a share between 0 and 1, was " + value);
        }
        return value;
    }
}
