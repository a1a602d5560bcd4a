package dev.atrium.sandbox.phenom.http;

import dev.atrium.sandbox.phenom.PhenomSettings;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Reads the two paging styles, {@code offset/limit} and {@code from/size} (fact sheet 1.6): a value that is not a
 * whole number at or above zero answers 400, a page above the maximum is clamped or refused as the settings say.
 */
record Params(long start, int count) {

    /**
     * The window asked for, or empty once a 400 has been answered.
     *
     * @param required whether both parameters must be present
     */
    static Optional<Params> read(RoutingContext ctx, String startName, String countName, boolean required,
            PhenomSettings settings) {
        String rawStart = ctx.request().getParam(startName);
        String rawCount = ctx.request().getParam(countName);
        if (required && (blank(rawStart) || blank(rawCount))) {
            PhenomReplies.error(ctx, 400, startName + " and " + countName + " are required");
            return Optional.empty();
        }
        Long start = blank(rawStart) ? Long.valueOf(0) : whole(rawStart);
        Long count = blank(rawCount) ? Long.valueOf(settings.defaultLimit()) : whole(rawCount);
        if (start == null || count == null || count == 0) {
            PhenomReplies.error(ctx, 400, startName + " must be a whole number >= 0 and " + countName + " one >= 1");
            return Optional.empty();
        }
        if (count > settings.maxLimit()) {
            if (settings.rejectOverMaxLimit()) {
                PhenomReplies.error(ctx, 400, countName + " must not exceed " + settings.maxLimit());
                return Optional.empty();
            }
            count = (long) settings.maxLimit();
        }
        return Optional.of(new Params(start, count.intValue()));
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }

    private static Long whole(String raw) {
        String s = raw.trim();
        if (!s.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(s);
    }
}
