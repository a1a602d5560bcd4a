package dev.atrium.engine.mapping;

import java.time.Duration;

/**
 * A tool's request budget: at most {@code requests} per {@code window} (null when the tool states none), and/or
 * a quota the tool reports in response headers (e.g. a daily quota in {@code x-ratelimit-remaining} and
 * {@code x-ratelimit-reset}), of which the sync keeps {@code reserve} requests unused.
 */
public record RateLimit(Integer requests, Duration window, QuotaHeaders quota, int reserve) {

    /** Header names of a reported quota; {@code resetIsEpoch} when the reset header is a Unix time, not seconds. */
    public record QuotaHeaders(String remaining, String reset, boolean resetIsEpoch) {
    }
}
