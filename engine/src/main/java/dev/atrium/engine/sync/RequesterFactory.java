package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.expressions.Bindings;
import dev.atrium.engine.expressions.Template;
import dev.atrium.engine.http.QuotaGuard;
import dev.atrium.engine.http.RateLimiter;
import dev.atrium.engine.http.RemoteException;
import dev.atrium.engine.http.Requester;
import dev.atrium.engine.http.SecretMask;
import dev.atrium.engine.http.auth.Authenticator;
import dev.atrium.engine.http.auth.StaticAuthenticator;
import dev.atrium.engine.http.auth.TokenAuthenticator;
import dev.atrium.engine.http.auth.TokenVault;
import dev.atrium.engine.mapping.AuthSpec;
import dev.atrium.engine.mapping.HttpSettings;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.mapping.RateLimit;
import dev.atrium.engine.store.AuthStateStore;
import dev.atrium.engine.store.Integration;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Builds the {@link Requester} of one integration from its mapping's http section and its connection values:
 * base URL, headers, authentication (with its token vault), error table and request budget.
 */
public final class RequesterFactory {

    private final WebClient client;
    private final AuthStateStore authStates;
    private final boolean honourRateLimits;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, QuotaGuard> quotas = new ConcurrentHashMap<>();

    /**
     * @param honourRateLimits false only for benchmarks against the sandbox, where the tool's politeness
     *                         budget would measure the budget instead of Atrium
     */
    public RequesterFactory(WebClient client, AuthStateStore authStates, boolean honourRateLimits) {
        this.client = client;
        this.authStates = authStates;
        this.honourRateLimits = honourRateLimits;
    }

    public Requester create(Integration integration, Mapping mapping) {
        return create(integration, mapping, null);
    }

    /**
     * A requester whose requests go to one of the tool's other APIs: {@code apiBaseUrl} (a template) is
     * appended to the integration's base URL when it starts with {@code /}, else used as is; null means the
     * integration's base URL. Authentication, its token URLs, headers and the budget stay the integration's.
     */
    public Requester create(Integration integration, Mapping mapping, Template apiBaseUrl) {
        HttpSettings http = mapping.http();
        Bindings bindings = StreamBindings.forRequests(mapping, integration.id(), integration.connection());
        String baseUrl = integration.baseUrl() != null ? integration.baseUrl() : required(http.baseUrl(), bindings,
                "http.base_url");
        String requestBase = baseUrl;
        if (apiBaseUrl != null) {
            String api = required(apiBaseUrl, StreamBindings.forTransforms(mapping, integration.id(),
                    integration.connection()), "passthrough base_url");
            requestBase = api.startsWith("/") ? stripSlash(baseUrl) + api : api;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        http.headers().forEach((name, template) -> {
            String value = template.render(bindings);
            if (value != null) {
                headers.put(name, value);
            }
        });
        RateLimit limit = http.rateLimit();
        // One budget per integration on this node, kept across its syncs: a new sync must not start with a
        // fresh burst while the tool still counts the last one's requests.
        RateLimiter limiter = limit == null || limit.requests() == null || !honourRateLimits ? null
                : limiters.compute(integration.id(), (id, existing) -> existing != null
                        && existing.matches(limit.requests(), limit.window()) ? existing
                        : new RateLimiter(limit.requests(), limit.window()));
        QuotaGuard quota = limit == null || limit.quota() == null || !honourRateLimits ? null
                : quotas.compute(integration.id(), (id, existing) -> existing != null
                        && existing.matches(limit.quota(), limit.reserve()) ? existing
                        : new QuotaGuard(limit.quota(), limit.reserve(), System::currentTimeMillis));
        return new Requester(client, integration.id(), requestBase, headers,
                authenticator(integration, http, bindings, baseUrl),
                http.timeout(), http.retry(), http.errors(),
                StreamBindings.forTransforms(mapping, integration.id(), integration.connection()), limiter, quota,
                SecretMask.of(mapping, integration.connection()));
    }

    private Authenticator authenticator(Integration integration, HttpSettings http, Bindings bindings,
            String baseUrl) {
        AuthSpec auth = AuthSpec.chosen(http.auth(), integration.connection());
        if (auth == null) {
            throw new RemoteException(RemoteException.Kind.AUTHENTICATION, 0, "no way to authenticate: fill in one of "
                    + ((AuthSpec.Either) http.auth()).options().stream().map(AuthSpec.Either.Option::when).toList()
                    + " in the integration's connection", null, null);
        }
        if (auth instanceof AuthSpec.Token token) {
            TokenVault vault = new TokenVault() {
                @Override
                public Optional<ObjectNode> load() {
                    return authStates.load(integration.id());
                }

                @Override
                public void save(ObjectNode state) {
                    authStates.save(integration.id(), state);
                }
            };
            return new TokenAuthenticator(token, bindings, client, http.timeout(), baseUrl, vault, integration.id(),
                    System::currentTimeMillis);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        if (auth instanceof AuthSpec.ApiKey apiKey) {
            String key = required(apiKey.value(), bindings, "http.auth.value");
            if (apiKey.in() == AuthSpec.Placement.HEADER) {
                headers.put(apiKey.name(), key);
            } else {
                query.put(apiKey.name(), key);
            }
        } else if (auth instanceof AuthSpec.Basic basic) {
            String pair = required(basic.username(), bindings, "http.auth.username") + ":"
                    + Optional.ofNullable(basic.password().render(bindings)).orElse("");
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    pair.getBytes(StandardCharsets.UTF_8)));
        } else if (auth instanceof AuthSpec.Bearer bearer) {
            headers.put("Authorization", "Bearer " + required(bearer.token(), bindings, "http.auth.token"));
        }
        return new StaticAuthenticator(new Authenticator.Credentials(headers, query));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String required(Template template, Bindings bindings, String where) {
        String value = template.render(bindings);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + " rendered to nothing: a connection value is missing");
        }
        return value;
    }
}
