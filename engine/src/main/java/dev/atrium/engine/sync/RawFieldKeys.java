package dev.atrium.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.engine.expressions.FieldReads;
import dev.atrium.engine.mapping.Emit;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.models.ModelCatalog;
import dev.atrium.engine.models.ModelSchema;
import dev.atrium.engine.store.IntegrationFieldStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The top-level keys of the raw records that made records of the models carrying integration fields, gathered on
 * the transform threads of one sync, per stream and model, and stored once when it ends.
 *
 * <p>A key is DEFAULT when a transform of the stream that read it (for any model) reads a field of that name, or
 * may read any field, and CUSTOM when none does: a tool's built-in fields are the ones its mapping knows, while
 * fields a customer added to their account are unknown to a mapping written for every account. A name read
 * anywhere in those transforms counts, so a doubt ends as DEFAULT.
 */
public final class RawFieldKeys {

    /**
     * The most keys kept per stream and model: a tool whose records are keyed by data (ids as keys) must not grow
     * the list without end. Far above the fields any record type has.
     */
    static final int MAX_KEYS = 5_000;

    /** Stream, then sync model, then the keys seen. */
    private final Map<String, Map<String, Set<String>>> keys = new ConcurrentHashMap<>();

    /** Whether records of this model carry integration fields, so their raw keys are worth gathering. */
    static boolean gathered(ModelSchema model) {
        return model.has("integration_fields");
    }

    /** Where the keys of the raw records behind one stream's records of one model go. */
    Set<String> of(String stream, String model) {
        return keys.computeIfAbsent(stream, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(model, m -> ConcurrentHashMap.newKeySet());
    }

    /** Adds a raw record's keys; after the first records of a stream nearly every key is known, a lock-free read. */
    static void add(Set<String> into, JsonNode raw) {
        if (!raw.isObject()) {
            return;
        }
        for (Iterator<String> names = raw.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!into.contains(name) && into.size() < MAX_KEYS) {
                into.add(name);
            }
        }
    }

    /** The keys seen, by Kombo model, each typed as the class comment says (DEFAULT where any stream reads it). */
    List<IntegrationFieldStore.Seen> seen(Mapping mapping, ModelCatalog models) {
        Map<String, Map<String, String>> types = new TreeMap<>();
        keys.forEach((streamName, byModel) -> {
            // Every emit of the stream reads the same raw records.
            FieldReads reads = FieldReads.NONE;
            for (Emit emit : mapping.stream(streamName).emits()) {
                reads = reads.and(FieldReads.of(emit.transform()));
            }
            FieldReads streamReads = reads;
            byModel.forEach((model, seen) -> {
                String komboModel = models.get(model).komboModel();
                if (komboModel == null || seen.isEmpty()) {
                    return;
                }
                Map<String, String> typed = types.computeIfAbsent(komboModel, m -> new TreeMap<>());
                for (String key : seen) {
                    String type = streamReads.reads(key) ? "DEFAULT" : "CUSTOM";
                    typed.merge(key, type, (a, b) -> a.equals("DEFAULT") || b.equals("DEFAULT") ? "DEFAULT" : "CUSTOM");
                }
            });
        });
        List<IntegrationFieldStore.Seen> seen = new ArrayList<>();
        types.forEach((model, typed) -> typed.forEach((key, type) ->
                seen.add(new IntegrationFieldStore.Seen(model, key, type))));
        return seen;
    }
}
