package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.phenom.PhenomSettings;
import dev.atrium.sandbox.phenom.PhenomSimulator;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * The login host's {@code POST {loginPath}/token} (fact sheet 1.3): form fields {@code clientId} and
 * {@code clientSecret}, answered with {@code {"access_token": <jwt>, "token_type": "Bearer", "expires_in": n}} [G],
 * the token first so that a client reading the first property finds it. The login path is a setting, so this
 * handler matches it itself and passes on every other POST.
 */
final class TokenHandler {

    private final PhenomSimulator simulator;

    TokenHandler(PhenomSimulator simulator) {
        this.simulator = simulator;
    }

    void handle(RoutingContext ctx) {
        PhenomSettings settings = simulator.settings();
        if (!relativePath(ctx).equals(settings.loginPath() + "/token")) {
            ctx.next();
            return;
        }
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            PhenomReplies.error(ctx, 400, "Content-Type must be application/x-www-form-urlencoded");
            return;
        }
        String id = ctx.request().getFormAttribute("clientId");
        String secret = ctx.request().getFormAttribute("clientSecret");
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            PhenomReplies.error(ctx, 400, "clientId and clientSecret are required");
            return;
        }
        String token = simulator.tokens().issue(id, secret, settings.tokenTtlSeconds(), System.nanoTime(),
                System.currentTimeMillis() / 1000);
        if (token == null) {
            PhenomReplies.error(ctx, 401, "Invalid client credentials");
            return;
        }
        ObjectNode body = PhenomJson.MAPPER.createObjectNode();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", settings.tokenTtlSeconds());
        PhenomReplies.json(ctx, 200, body);
    }

    /** The path below the simulator's base path. */
    static String relativePath(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String mount = ctx.mountPoint();
        if (mount != null && mount.endsWith("/")) {
            mount = mount.substring(0, mount.length() - 1);
        }
        return mount != null && path.startsWith(mount) ? path.substring(mount.length()) : path;
    }
}
