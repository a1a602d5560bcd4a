package dev.atrium.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.ids.RecordIds;
import dev.atrium.engine.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/** Record writes and reads, on every backend. */
class RecordStoreTest {

    private StoreFixture store;
    private String integration;

    @BeforeEach
    void open(StoreFixture store) {
        this.store = store;
        integration = store.integration.id();
    }

    private RecordRow candidate(String remoteId, String lastName, String email, String raw) {
        ObjectNode content = Json.object();
        content.put("id", RecordIds.of(integration, "candidates", remoteId));
        content.put("remote_id", remoteId);
        content.put("last_name", lastName);
        content.putArray("email_addresses").addObject().put("email_address", email).putNull("type");
        ObjectNode rawNode = Json.object().put("id", remoteId).put("extra", raw);
        content.set("remote_data", Json.object().set("/applicants", rawNode));
        return UnifiedRecord.of(StoreFixture.MODELS.get("candidates"), content.get("id").asText(), remoteId, content)
                .row();
    }

    private RecordRow application(String remoteId, String candidateRemoteId) {
        ObjectNode content = Json.object();
        content.put("id", RecordIds.of(integration, "applications", remoteId));
        content.put("remote_id", remoteId);
        content.put("candidate_id", RecordIds.of(integration, "candidates", candidateRemoteId));
        return UnifiedRecord.of(StoreFixture.MODELS.get("applications"), content.get("id").asText(), remoteId,
                content).row();
    }

    private SyncCounts write(String syncId, long now, RecordRow... rows) {
        return store.writer.upsert(integration, syncId, List.of(rows), now, true);
    }

    private StoredRecord get(String model, String remoteId) {
        return store.records.getByIds(integration, model, List.of(RecordIds.of(integration, model, remoteId)))
                .get(RecordIds.of(integration, model, remoteId));
    }

    @StoreTest
    void rawRecordsAreReadAsATreeAsStoredTextOrNotAtAll() throws Exception {
        write("full", 1_000, candidate("1", "A", "a@x.test", "ra\"w"));
        String id = RecordIds.of(integration, "candidates", "1");
        StoredRecord tree = get("candidates", "1");
        StoredRecord raw = store.records.getByIds(integration, "candidates", List.of(id),
                RecordStore.RemoteData.RAW_JSON).get(id);
        StoredRecord without = store.records.findByKey(integration, "candidates", "email", List.of("a@x.test"),
                RecordStore.RemoteData.LEFT_OUT).get(0);
        assertEquals("ra\"w", tree.content().at("/remote_data/~1applicants/extra").asText());
        assertEquals(Json.write(tree.content()), Json.write(raw.content()), "the stored text, written out verbatim");
        assertTrue(without.content().get("remote_data") == null, "not read");
        assertEquals(tree.content().get("last_name"), without.content().get("last_name"));
    }

    @StoreTest
    void aDeltaWriteLeavesUnchangedRecordsAsTheLastFullSyncSawThem() {
        write("full", 1_000, candidate("1", "A", "a@x.test", "r"), candidate("2", "B", "b@x.test", "r"));
        SyncCounts delta = store.writer.upsert(integration, "delta", List.of(candidate("1", "A", "a@x.test", "r"),
                candidate("2", "Changed", "b@x.test", "r")), 2_000, false);
        assertEquals(1, delta.unchanged());
        assertEquals(1, delta.changed());
        assertEquals("full", lastSeen("1"), "an unchanged record is not rewritten by a DELTA sync");
        assertEquals("delta", lastSeen("2"));
    }

    private String lastSeen(String remoteId) {
        return store.database.read(connection -> {
            try (var select = connection.prepareStatement("SELECT last_seen_sync_id FROM records WHERE id = ?")) {
                select.setString(1, RecordIds.of(integration, "candidates", remoteId));
                try (var row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    @StoreTest
    void changedAtMovesOnlyWhenUnifiedContentChanges() {
        SyncCounts first = write("s1", 1_000, candidate("1", "Doe", "a@x.test", "r1"));
        assertEquals(1, first.added());
        SyncCounts same = write("s2", 2_000, candidate("1", "Doe", "a@x.test", "r1"));
        assertEquals(1, same.unchanged());
        assertEquals(1_000, get("candidates", "1").changedAt());

        SyncCounts rawOnly = write("s3", 3_000, candidate("1", "Doe", "a@x.test", "r2"));
        assertEquals(1, rawOnly.unchanged());
        assertEquals(1_000, get("candidates", "1").changedAt());
        assertEquals("r2", get("candidates", "1").content().at("/remote_data/~1applicants/extra").asText());

        SyncCounts changed = write("s4", 4_000, candidate("1", "Roe", "a@x.test", "r2"));
        assertEquals(1, changed.changed());
        assertEquals(4_000, get("candidates", "1").changedAt());
    }

    @StoreTest
    void recordsUnseenByACompletedFullSyncAreMarkedDeletedAndComeBack() {
        write("s1", 1_000, candidate("1", "A", "a@x.test", "r"),
                candidate("2", "B", "b@x.test", "r"));
        write("s2", 2_000, candidate("1", "A", "a@x.test", "r"));
        assertEquals(java.util.Map.of("candidates", 1L), store.writer.markUnseenDeleted(integration, "s2", Set.of("candidates"), 2_500));
        StoredRecord gone = get("candidates", "2");
        assertEquals(2_500L, gone.remoteDeletedAt());
        assertEquals(2_500, gone.changedAt());
        assertNull(get("candidates", "1").remoteDeletedAt());
        // A second pass changes nothing: the record is deleted already.
        assertTrue(store.writer.markUnseenDeleted(integration, "s2", Set.of("candidates"), 2_600).isEmpty());

        SyncCounts back = write("s3", 3_000, candidate("2", "B", "b@x.test", "r"));
        assertEquals(1, back.changed());
        assertNull(get("candidates", "2").remoteDeletedAt());
        assertEquals(3_000, get("candidates", "2").changedAt());
    }

    @StoreTest
    void markSeenProtectsARecordFromDeletion() {
        write("s1", 1_000, candidate("1", "A", "a@x.test", "r"));
        store.writer.markSeen(integration, "s2", "candidates", List.of(RecordIds.of(integration, "candidates", "1")));
        assertTrue(store.writer.markUnseenDeleted(integration, "s2", Set.of("candidates"), 2_000).isEmpty());
    }

    @StoreTest
    void indexedKeysFollowContentChanges() {
        write("s1", 1_000, candidate("1", "A", "First@X.test", "r"));
        assertEquals(1, store.records.findByKey(integration, "candidates", "email", List.of("first@x.test")).size());
        write("s2", 2_000, candidate("1", "A", "second@x.test", "r"));
        assertTrue(store.records.findByKey(integration, "candidates", "email", List.of("first@x.test")).isEmpty());
        assertEquals(1, store.records.findByKey(integration, "candidates", "email", List.of("second@x.test")).size());
    }

    @StoreTest
    void listsWalkInIdOrderAfterACursor() {
        for (int i = 0; i < 25; i++) {
            write("s1", 1_000, candidate(Integer.toString(i), "L", i + "@x.test", "r"));
        }
        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        while (true) {
            List<StoredRecord> page = store.records.list(new RecordQuery(integration, "candidates", false, after, 10, List.of()));
            if (page.isEmpty()) {
                break;
            }
            page.forEach(record -> seen.add(record.id()));
            after = page.get(page.size() - 1).id();
        }
        assertEquals(25, seen.size());
        assertEquals(seen.stream().sorted().toList(), seen);
        assertEquals(25, Set.copyOf(seen).size());
    }

    @StoreTest
    void filtersCombineAndDeletedRecordsHideUnlessAsked() {
        write("s1", 1_000, candidate("1", "A", "a@x.test", "r"),
                candidate("2", "B", "b@x.test", "r"), candidate("3", "C", "c@x.test", "r"));
        write("s2", 2_000, candidate("1", "A", "a@x.test", "r"),
                candidate("2", "B", "b@x.test", "r"));
        store.writer.markUnseenDeleted(integration, "s2", Set.of("candidates"), 2_000);

        assertEquals(2, store.records.list(new RecordQuery(integration, "candidates", false, null, 100, List.of())).size());
        assertEquals(3, store.records.list(new RecordQuery(integration, "candidates", true, null, 100, List.of())).size());
        List<StoredRecord> byRemote = store.records.list(new RecordQuery(integration, "candidates", true, null, 100,
                List.of(new RecordQuery.RemoteIdIn(List.of("1", "3")),
                        new RecordQuery.IdIn(List.of(RecordIds.of(integration, "candidates", "3"))))));
        assertEquals(List.of("3"), byRemote.stream().map(StoredRecord::remoteId).toList());
    }

    private List<String> lastNamesWhere(RecordQuery.Filter filter) {
        return store.records.list(new RecordQuery(integration, "candidates", false, null, 100, List.of(filter)))
                .stream().map(record -> record.content().get("last_name").asText()).sorted().toList();
    }

    @StoreTest
    void keyFiltersMatchValuesLiterallyAndContainsIgnoresCase() {
        write("s1", 1_000, candidate("1", "Doe", "a@x.test", "r"),
                candidate("2", "Dodd", "b@x.test", "r"), candidate("3", "100%_sure", "c@x.test", "r"),
                candidate("4", "100ab sure", "d@x.test", "r"), candidate("5", "back\\slash", "e@x.test", "r"));

        assertEquals(List.of("Dodd", "Doe"), lastNamesWhere(new RecordQuery.KeyContains("last_name", "DO")));
        // %, _ and \ are text to find, not patterns.
        assertEquals(List.of("100%_sure"), lastNamesWhere(new RecordQuery.KeyContains("last_name", "0%_")));
        assertEquals(List.of("back\\slash"), lastNamesWhere(new RecordQuery.KeyContains("last_name", "k\\s")));
        assertEquals(List.of(), lastNamesWhere(new RecordQuery.KeyContains("last_name", "0_b")));

        assertEquals(List.of("Dodd", "Doe"), lastNamesWhere(new RecordQuery.KeyIn("last_name", List.of("doe", "dodd"))));
        assertEquals(List.of("Dodd", "Doe"), lastNamesWhere(new RecordQuery.KeyAtLeast("last_name", "c")));
        assertEquals(List.of(), lastNamesWhere(new RecordQuery.KeyIn("last_name", List.of())));
    }

    @StoreTest
    void updatedAfterFindsRecordsWhoseRelatedRecordsChanged() {
        write("s1", 1_000, candidate("c1", "A", "a@x.test", "r"),
                candidate("c2", "B", "b@x.test", "r"), application("a1", "c1"), application("a2", "c2"));
        write("s2", 5_000, candidate("c1", "Changed", "a@x.test", "r"));

        RecordQuery.Filter applicationsChanged = new RecordQuery.ChangedAfter(2_000,
                List.of(new RecordQuery.Referenced("candidate_id", "candidates")));
        List<StoredRecord> applications = store.records.list(new RecordQuery(integration, "applications", false,
                null, 100, List.of(applicationsChanged)));
        assertEquals(List.of("a1"), applications.stream().map(StoredRecord::remoteId).toList());

        write("s3", 6_000, application("a2", "c1"));
        RecordQuery.Filter candidatesChanged = new RecordQuery.ChangedAfter(5_500,
                List.of(new RecordQuery.Referencing("applications", "candidate_id")));
        List<StoredRecord> candidates = store.records.list(new RecordQuery(integration, "candidates", false, null,
                100, List.of(candidatesChanged)));
        assertEquals(List.of("c1"), candidates.stream().map(StoredRecord::remoteId).toList());
        assertNotNull(get("applications", "a2"));
    }
}
