package dev.atrium.engine.http;

import io.vertx.core.MultiMap;

/** A response from a tool: status, headers and raw body bytes. */
public record RemoteResponse(int status, MultiMap headers, byte[] body) {

    public String header(String name) {
        return headers.get(name);
    }
}
