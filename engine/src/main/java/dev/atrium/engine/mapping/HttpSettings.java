package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Template;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to talk to the tool: base URL, headers sent on every request, authentication, timeouts, retries, the
 * error table, the request budget, and how many requests of one integration may be in flight at once.
 */
public record HttpSettings(Template baseUrl, Map<String, Template> headers, AuthSpec auth, Duration timeout,
        RetryPolicy retry, List<ErrorRule> errors, RateLimit rateLimit, int concurrency) {

    public HttpSettings {
        headers = Map.copyOf(headers);
        errors = List.copyOf(errors);
    }
}
