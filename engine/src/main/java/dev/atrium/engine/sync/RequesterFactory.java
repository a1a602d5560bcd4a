package dev.atrium.engine.sync;

import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.Template;
import dev.atrium.engine.http.RateLimiter;
import dev.atrium.engine.http.Requester;
import dev.atrium.engine.mapping.AuthSpec;
import dev.atrium.engine.mapping.HttpSettings;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.store.Integration;
import io.vertx.ext.web.client.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the {@link Requester} of one integration from its mapping's http section and its connection values. */
public final class RequesterFactory {

    private final WebClient client;

    public RequesterFactory(WebClient client) {
        this.client = client;
    }

    public Requester create(Integration integration, Mapping mapping) {
        HttpSettings http = mapping.http();
        Bindings bindings = StreamBindings.forRequests(mapping, integration.id(), integration.connection());
        String baseUrl = integration.baseUrl() != null ? integration.baseUrl() : required(http.baseUrl(), bindings,
                "http.base_url");
        Map<String, String> headers = new LinkedHashMap<>();
        http.headers().forEach((name, template) -> {
            String value = template.render(bindings);
            if (value != null) {
                headers.put(name, value);
            }
        });
        Map<String, String> authQuery = new LinkedHashMap<>();
        if (http.auth() instanceof AuthSpec.ApiKey apiKey) {
            String key = required(apiKey.value(), bindings, "http.auth.value");
            if (apiKey.in() == AuthSpec.Placement.HEADER) {
                headers.put(apiKey.name(), key);
            } else {
                authQuery.put(apiKey.name(), key);
            }
        }
        RateLimiter limiter = http.rateLimit() == null ? null : new RateLimiter(http.rateLimit());
        return new Requester(client, integration.id(), baseUrl, headers, authQuery, http.timeout(), http.retry(),
                limiter);
    }

    private static String required(Template template, Bindings bindings, String where) {
        String value = template.render(bindings);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + " rendered to nothing: a connection value is missing");
        }
        return value;
    }
}
