package dev.atrium.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.json.Json;
import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.store.IntegrationFieldStore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The raw keys a sync gathers and how each is typed. */
class RawFieldKeysTest {

    /** Two streams make candidates; only the first reads "code", only the second "rank", neither "extra". */
    private static final String MAPPING = """
            format: atrium-connector/v1
            tool: demo
            label: Demo
            category: ats
            connection:
              key: { label: Key, required: false }
            http:
              base_url: https://example.test
              auth: { type: none }
            streams:
              active:
                request: { path: /active }
                records: data
                emit:
                  - model: candidates
                    transform: '{ "remote_id": id, "title": code }'
              archived:
                request: { path: /archived }
                records: data
                emit:
                  - model: candidates
                    transform: '{ "remote_id": id }'
                  - model: tags
                    transform: '{ "remote_id": id, "name": rank }'
            """;

    @Test
    void aKeyIsDefaultWhereAnyStreamThatReadItReadsItAndCustomWhereNoneDoes() {
        Mapping mapping = new MappingLoader(SyncHarness.MODELS).loadText("demo.yaml", MAPPING).orThrow().find("demo")
                .orElseThrow();
        RawFieldKeys keys = new RawFieldKeys();
        ObjectNode raw = Json.object().put("id", "1").put("code", "c").put("rank", 2).put("extra", true);
        RawFieldKeys.add(keys.of("active", "candidates"), raw);
        RawFieldKeys.add(keys.of("archived", "candidates"), raw);

        assertEquals(List.of(seen("code", "DEFAULT"), seen("extra", "CUSTOM"), seen("id", "DEFAULT"),
                seen("rank", "DEFAULT")), keys.seen(mapping, SyncHarness.MODELS),
                "rank is read by the archived stream's tags transform of the same raw records");
    }

    @Test
    void keysStopAtTheCapSoRecordsKeyedByDataCannotGrowTheListWithoutEnd() {
        RawFieldKeys keys = new RawFieldKeys();
        ObjectNode raw = Json.object();
        for (int i = 0; i < RawFieldKeys.MAX_KEYS + 1_000; i++) {
            raw.put("answer_" + i, i);
        }
        Set<String> gathered = keys.of("stream", "candidates");
        RawFieldKeys.add(gathered, raw);
        RawFieldKeys.add(gathered, Json.object().put("late", 1));
        assertEquals(RawFieldKeys.MAX_KEYS, gathered.size());
    }

    private static IntegrationFieldStore.Seen seen(String key, String type) {
        return new IntegrationFieldStore.Seen("ats_candidates", key, type);
    }
}
