package dev.atrium.sandbox.paycor.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.paycor.store.Slice;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Continuation-token paging shared by the list endpoints (fact sheet B4): resolves the incoming token to
 * a position, and after a page either issues the next token and {@code additionalResultsUrl} or ends the list.
 */
final class ListPaging {

    private final PaycorSimulator simulator;

    ListPaging(PaycorSimulator simulator) {
        this.simulator = simulator;
    }

    /**
     * Where this request starts: the start of the list with the request's filter, or the token's position
     * with the filter the list began with. Empty after answering 400 for a token this list never issued.
     */
    Optional<ContinuationTokens.Position> start(RoutingContext ctx, QueryParams params, String scope, Object filter) {
        PaycorSettings settings = simulator.settings();
        String token = params.continuationToken(settings);
        if (token == null) {
            return Optional.of(new ContinuationTokens.Position(scope, filter, -1));
        }
        Optional<ContinuationTokens.Position> position = simulator.continuationTokens()
                .resolve(token, scope, settings.continuationTokenTtlSeconds() * 1_000_000_000L, System.nanoTime());
        if (position.isEmpty()) {
            PaycorReplies.validation(ctx, Map.of(QueryParams.TOKEN, "The continuation token is invalid or has expired."));
        }
        return position;
    }

    <T> void reply(RoutingContext ctx, ContinuationTokens.Position from, Slice<T> slice, Function<T, ObjectNode> render,
            ToLongFunction<T> ordinal) {
        ArrayNode records = PaycorJson.MAPPER.createArrayNode();
        slice.items().forEach(item -> records.add(render.apply(item)));
        if (!slice.hasMore() || slice.items().isEmpty()) {
            PaycorReplies.paged(ctx, records, null, null);
            return;
        }
        long last = ordinal.applyAsLong(slice.items().get(slice.items().size() - 1));
        String token = simulator.continuationTokens().issue(
                new ContinuationTokens.Position(from.scope(), from.filter(), last), System.nanoTime());
        PaycorReplies.paged(ctx, records, token, additionalResultsUrl(ctx, simulator.settings().additionalResultsUrlParam(), token));
    }

    /** This request's path from the API root, its query minus token and key, and the new token. */
    private static String additionalResultsUrl(RoutingContext ctx, String param, String token) {
        String path = ctx.normalizedPath();
        String mount = ctx.mountPoint();
        if (mount != null) {
            String prefix = mount.endsWith("/") ? mount.substring(0, mount.length() - 1) : mount;
            if (path.startsWith(prefix)) {
                path = path.substring(prefix.length());
            }
        }
        StringBuilder url = new StringBuilder(path).append('?');
        for (Map.Entry<String, String> e : ctx.queryParams()) {
            String name = e.getKey();
            if (name.equals(QueryParams.TOKEN) || name.equals(param) || name.equals(AccessGuards.KEY_QUERY)) {
                continue;
            }
            url.append(encode(name)).append('=').append(encode(e.getValue())).append('&');
        }
        return url.append(param).append('=').append(token).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
