package dev.atrium.engine.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to a tool: a path relative to the integration's base URL (or, for next-page links, an absolute
 * URL on the same host), query parameters, headers and an optional body. The path is what logs, errors and
 * {@code remote_data} show; query values are never logged because some tools take keys there.
 *
 * @param url         an absolute URL used as is instead of base URL, path and query; null for most requests
 * @param contentType the body's media type, null without a body
 * @param base        the base URL this request goes to instead of the integration's (a stream on another host of
 *                    the tool, from the mapping, never from a response); null for most requests
 */
public record RemoteRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
        String url, byte[] body, String contentType, String base) {

    public RemoteRequest {
        // In the given order: some APIs read repeated or signed query strings in order.
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public RemoteRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
            String url, byte[] body, String contentType) {
        this(method, path, query, headers, url, body, contentType, null);
    }

    public RemoteRequest(String method, String path, Map<String, String> query, Map<String, String> headers) {
        this(method, path, query, headers, null, null, null);
    }

    public static RemoteRequest get(String path) {
        return new RemoteRequest("GET", path, Map.of(), Map.of());
    }

    /** A copy with one query parameter set (replacing an earlier value). */
    public RemoteRequest withQuery(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(query);
        copy.put(name, value);
        return new RemoteRequest(method, path, copy, headers, url, body, contentType, base);
    }

    /** What to call it in logs and errors: the path, or the absolute URL's path. */
    public String label() {
        if (url == null) {
            return path;
        }
        int schemeEnd = url.indexOf("://");
        int pathStart = schemeEnd < 0 ? -1 : url.indexOf('/', schemeEnd + 3);
        int queryStart = url.indexOf('?');
        if (pathStart < 0) {
            return "/";
        }
        return queryStart > pathStart ? url.substring(pathStart, queryStart) : url.substring(pathStart);
    }
}
