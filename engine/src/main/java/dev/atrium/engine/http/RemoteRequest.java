package dev.atrium.engine.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to a tool, relative to the integration's base URL. The path is what logs, errors and
 * {@code remote_data} show; query values are never logged because some tools take keys there.
 */
public record RemoteRequest(String method, String path, Map<String, String> query, Map<String, String> headers) {

    public RemoteRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    public static RemoteRequest get(String path) {
        return new RemoteRequest("GET", path, Map.of(), Map.of());
    }

    /** A copy with one query parameter set (replacing an earlier value). */
    public RemoteRequest withQuery(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(query);
        copy.put(name, value);
        return new RemoteRequest(method, path, copy, headers);
    }
}
