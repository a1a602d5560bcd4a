package dev.atrium.sandbox.digitalrecruiters.http;

import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSettings;
import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.store.ApplicationPage;
import dev.atrium.sandbox.digitalrecruiters.store.DigitalRecruitersStore;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The applications export's query: {@code jobAd}, {@code sort}, {@code limit} (default 50, larger values clamped
 * to {@code limit_max}) and the 1-based {@code page}; and the absolute {@code links.next} URL it leads to.
 *
 * @param origin scheme and host the client called, for absolute links
 */
record ApplicationQuery(String origin, String path, Long jobAdId, String sort, int limit, int page) {

    /** Sorting by anything but id reads every matching application; past this many it is refused. */
    static final int SORT_SCAN_MAX = 100_000;
    private static final Map<String, Comparator<Application>> SORTS = Map.of(
            "id", Comparator.comparingLong(Application::id),
            // Ids follow creation, so both orders agree.
            "createdAt", Comparator.comparingLong(Application::id),
            "updatedAt", Comparator.comparing(Application::updatedAt).thenComparingLong(Application::id),
            "firstName", Comparator.comparing(Application::firstName).thenComparingLong(Application::id),
            "lastName", Comparator.comparing(Application::lastName).thenComparingLong(Application::id));

    static ApplicationQuery parse(RoutingContext ctx, DigitalRecruitersSettings settings) {
        String rawJob = ctx.request().getParam("jobAd");
        Long jobAd = null;
        if (rawJob != null && !rawJob.isBlank()) {
            try {
                jobAd = Long.parseLong(rawJob.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("jobAd must be an integer.");
            }
        }
        String sort = ctx.request().getParam("sort");
        if (sort == null || sort.isBlank()) {
            sort = "id";
        } else if (!SORTS.containsKey(sort)) {
            throw new IllegalArgumentException("sort must be one of id, firstName, lastName, createdAt, updatedAt.");
        }
        int limit = positive(ctx.request().getParam("limit"), settings.limitDefault());
        int page = positive(ctx.request().getParam("page"), 1);
        String absolute = ctx.request().absoluteURI();
        int q = absolute.indexOf('?');
        String withoutQuery = q < 0 ? absolute : absolute.substring(0, q);
        int pathStart = withoutQuery.indexOf('/', withoutQuery.indexOf("//") + 2);
        return new ApplicationQuery(withoutQuery.substring(0, pathStart), withoutQuery.substring(pathStart), jobAd, sort,
                Math.min(limit, settings.limitMax()), page);
    }

    long offset() {
        return (long) (page - 1) * limit;
    }

    ApplicationPage page(DigitalRecruitersStore store, int jobIndex) {
        if (sort.equals("id") || sort.equals("createdAt")) {
            return store.applications(jobIndex, offset(), limit);
        }
        ApplicationPage all = store.applications(jobIndex, 0, SORT_SCAN_MAX + 1);
        if (all.total() > SORT_SCAN_MAX) {
            throw new IllegalStateException("sort=" + sort + " is served for at most " + SORT_SCAN_MAX
                    + " applications by this simulator; use sort=id.");
        }
        List<Application> sorted = new ArrayList<>(all.items());
        sorted.sort(SORTS.get(sort));
        int from = (int) Math.min(offset(), sorted.size());
        return new ApplicationPage(sorted.subList(from, (int) Math.min(sorted.size(), from + (long) limit)), all.total());
    }

    /** The next page's absolute URL, with the effective limit. */
    String nextUrl() {
        StringBuilder url = new StringBuilder(origin).append(path).append("?");
        if (jobAdId != null) {
            url.append("jobAd=").append(jobAdId).append('&');
        }
        if (!sort.equals("id")) {
            url.append("sort=").append(URLEncoder.encode(sort, StandardCharsets.UTF_8)).append('&');
        }
        return url.append("limit=").append(limit).append("&page=").append(page + 1).toString();
    }

    /** Lenient: a missing, malformed or non-positive value takes the default. */
    private static int positive(String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return raw.trim().matches("\\d+") ? Integer.MAX_VALUE : fallback;
        }
    }
}
