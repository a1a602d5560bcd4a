package dev.atrium.sandbox.support.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** Reads the token of an {@code Authorization: Bearer <token>} header, as every token-based vendor API takes it. */
public final class BearerToken {

    private BearerToken() {
    }

    /** The token, or null when the header is missing or not a bearer. */
    public static String of(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header != null && header.length() > 7 && header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return header.substring(7).trim();
        }
        return null;
    }
}
