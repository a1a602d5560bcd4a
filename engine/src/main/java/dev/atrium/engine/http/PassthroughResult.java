package dev.atrium.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The tool's answer to a passthrough request, as the caller gets it.
 *
 * @param url      the URL called, without the credentials Atrium added
 * @param status   the tool's HTTP status, whatever it was
 * @param headers  the tool's response headers (lower-case names; an array where a header came several times)
 * @param data     JSON when the tool answered JSON, else text, or base64 text when asked; null without a body
 * @param warnings what the caller should know about how the request was sent or answered
 */
public record PassthroughResult(String url, int status, ObjectNode headers, JsonNode data, List<String> warnings) {

    public PassthroughResult {
        warnings = List.copyOf(warnings);
    }
}
