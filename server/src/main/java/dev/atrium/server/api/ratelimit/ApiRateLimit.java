package dev.atrium.server.api.ratelimit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many requests each API key may make to the /v1 API per window of {@code seconds} on one node;
 * {@code requests} 0 turns the limit off.
 */
public record ApiRateLimit(int requests, int seconds) {

    /** 1200 requests a minute: ample for a client paging through lists, low enough to stop a runaway loop. */
    public static final ApiRateLimit DEFAULT = new ApiRateLimit(1200, 60);
    public static final ApiRateLimit OFF = new ApiRateLimit(0, 1);

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,6})\\s*");
    private static final int MAX_SECONDS = 86_400;

    public ApiRateLimit {
        if (requests < 0) {
            throw new IllegalArgumentException("the rate limit's requests cannot be negative");
        }
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("the rate limit's window must be from 1 to " + MAX_SECONDS + " seconds");
        }
    }

    /** Reads {@code <requests>/<seconds>} (e.g. {@code 1200/60}) or {@code 0} (off), as given to serve. */
    public static ApiRateLimit parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.equals("0")) {
            return OFF;
        }
        Matcher form = FORM.matcher(value);
        if (form.matches()) {
            int requests = Integer.parseInt(form.group(1));
            int seconds = Integer.parseInt(form.group(2));
            if (seconds >= 1 && seconds <= MAX_SECONDS) {
                return requests == 0 ? OFF : new ApiRateLimit(requests, seconds);
            }
        }
        throw new IllegalArgumentException("the API rate limit (--api-rate-limit, ATRIUM_API_RATE_LIMIT) must be"
                + " <requests>/<seconds> with a window from 1 to " + MAX_SECONDS + " seconds, such as 1200/60, or 0"
                + " to turn it off; got '" + value + "'");
    }

    public boolean enabled() {
        return requests > 0;
    }

    @Override
    public String toString() {
        return enabled() ? requests + "/" + seconds : "off";
    }
}
