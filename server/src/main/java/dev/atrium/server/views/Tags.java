package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.atrium.engine.store.StoredRecord;
import java.util.List;
import java.util.Map;

/** The {id, remote_id, name} tags of a candidate, through its candidate-tag links. */
final class Tags {

    private Tags() {
    }

    static ArrayNode of(List<StoredRecord> links, Map<String, StoredRecord> tags) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (StoredRecord link : links) {
            StoredRecord tag = tags.get(link.content().path("tag_id").asText());
            if (tag != null && !tag.deleted()) {
                out.add(Projection.pick(tag.content(), "id", "remote_id", "name"));
            }
        }
        return out;
    }
}
