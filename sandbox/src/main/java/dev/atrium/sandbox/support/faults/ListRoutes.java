package dev.atrium.sandbox.support.faults;

import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes of a simulator that answer pages of a list, named the way its router names them
 * ({@code "GET /recruitment/positions/:id/applicants"}). Only these repeat a page under {@code repeat_page}: no
 * rule could tell a list from a record for every vendor (iCIMS pages with a POSTed search body, Sage HR with a
 * query), while each simulator knows its own lists.
 */
public final class ListRoutes {

    private static final Pattern PARAM = Pattern.compile(":[A-Za-z_][A-Za-z0-9_]*");

    private record Route(HttpMethod method, String spelling, Pattern path) {
    }

    private final List<Route> routes;

    private ListRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** Routes as {@code "METHOD /path/:param/more"}; a {@code :param} matches one path segment. */
    public static ListRoutes of(String... routes) {
        List<Route> parsed = new ArrayList<>();
        for (String route : routes) {
            int space = route.indexOf(' ');
            if (space < 0 || !route.startsWith("/", space + 1)) {
                throw new IllegalArgumentException("a list route reads \"METHOD /path\", was \"" + route + "\"");
            }
            String path = route.substring(space + 1);
            parsed.add(new Route(HttpMethod.valueOf(route.substring(0, space)), route, pathPattern(path)));
        }
        return new ListRoutes(parsed);
    }

    /** No list routes: {@code repeat_page} changes nothing. */
    public static ListRoutes none() {
        return new ListRoutes(List.of());
    }

    /** Whether a request ({@code path} below the vendor base) reads a page of a list. */
    public boolean matches(HttpMethod method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method) && route.path().matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The routes as they were given, for the control API. */
    public List<String> spellings() {
        return routes.stream().map(Route::spelling).toList();
    }

    private static Pattern pathPattern(String path) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAM.matcher(path);
        int from = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(from, m.start()))).append("[^/]+");
            from = m.end();
        }
        regex.append(Pattern.quote(path.substring(from)));
        return Pattern.compile(regex.toString());
    }
}
