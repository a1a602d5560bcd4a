package dev.atrium.engine.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;

/**
 * Where a stream is in its pages: what {@code $page} shows the request templates, and what a checkpoint
 * stores so that a resumed sync asks for the same next page.
 *
 * @param index  pages read before this one (0 for the first)
 * @param number the page number, for numbered pages
 * @param offset the offset, for offset pages
 * @param token  the continuation token, for token pages
 * @param after  the key the page starts after, for keyset pages
 * @param url    the absolute URL of the page, for next-link pages
 * @param read   records read so far by this stream
 */
public record PageState(int index, Long number, Long offset, String token, JsonNode after, String url, long read) {

    /** The {@code $page} variable of request templates. */
    public ObjectNode variable() {
        ObjectNode page = Json.object();
        page.put("index", index);
        if (number != null) {
            page.put("number", number);
        }
        if (offset != null) {
            page.put("offset", offset);
        }
        if (token != null) {
            page.put("token", token);
        }
        if (after != null) {
            page.set("after", after);
        }
        return page;
    }

    public ObjectNode toJson() {
        ObjectNode json = variable();
        if (url != null) {
            json.put("url", url);
        }
        json.put("read", read);
        return json;
    }

    public static PageState fromJson(JsonNode json) {
        return new PageState(json.path("index").asInt(),
                json.has("number") ? json.get("number").asLong() : null,
                json.has("offset") ? json.get("offset").asLong() : null,
                json.path("token").asText(null),
                json.has("after") ? json.get("after") : null,
                json.path("url").asText(null),
                json.path("read").asLong(0));
    }
}
