package dev.atrium.server.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/** Copies chosen fields between records and nested shapes, with the contract's rules for e-mail addresses. */
final class Projection {

    /** Kombo serves only addresses matching this; others become null or are left out of lists. */
    private static final Pattern EMAIL = Pattern.compile(
            "^(?!\\.)(?!.*\\.\\.)([\\w'+\\-.]*)[\\w+\\-]@([\\da-z][\\da-z-]*\\.)+[a-z]{2,}$");

    private Projection() {
    }

    static ArrayNode array(java.util.List<ObjectNode> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(array::add);
        return array;
    }

    /** The {id, remote_id, name} of a job nested into another item, or null without a job. */
    static JsonNode jobReference(dev.atrium.engine.store.StoredRecord job) {
        return job == null ? JsonNodeFactory.instance.nullNode() : pick(job.content(), "id", "remote_id", "name");
    }

    /** The {id, remote_id, first_name, last_name, email_addresses} of a candidate nested into another item. */
    static JsonNode candidateReference(dev.atrium.engine.store.StoredRecord candidate) {
        if (candidate == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        ObjectNode item = pick(candidate.content(), "id", "remote_id", "first_name", "last_name");
        item.set("email_addresses", emailAddresses(candidate.content().get("email_addresses")));
        return item;
    }

    /** A new object with the given fields of the source, null where the source lacks them. */
    static ObjectNode pick(JsonNode source, String... fields) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String field : fields) {
            JsonNode value = source == null ? null : source.get(field);
            out.set(field, value == null ? JsonNodeFactory.instance.nullNode() : value.deepCopy());
        }
        return out;
    }

    /**
     * An e-mail address as served: trimmed, its domain in lower case (domains ignore case, the contract's
     * pattern does not), or null when it still is not a valid address.
     */
    static JsonNode email(JsonNode address) {
        if (address == null || !address.isTextual()) {
            return JsonNodeFactory.instance.nullNode();
        }
        String text = address.textValue().trim();
        int at = text.lastIndexOf('@');
        if (at > 0) {
            text = text.substring(0, at + 1) + text.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
        }
        return EMAIL.matcher(text).matches() ? JsonNodeFactory.instance.textNode(text)
                : JsonNodeFactory.instance.nullNode();
    }

    /** The email_addresses list without invalid addresses (null stays null). */
    static JsonNode emailAddresses(JsonNode list) {
        if (list == null || !list.isArray()) {
            return list == null ? JsonNodeFactory.instance.nullNode() : list;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : list) {
            JsonNode address = email(item.get("email_address"));
            if (!address.isNull()) {
                ObjectNode copy = item.deepCopy();
                copy.set("email_address", address);
                out.add(copy);
            }
        }
        return out;
    }
}
