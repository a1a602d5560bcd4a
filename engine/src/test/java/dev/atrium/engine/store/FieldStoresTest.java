package dev.atrium.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atrium.engine.ids.RecordIds;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/** Integration fields, custom field definitions and their mappings, on every backend. */
class FieldStoresTest {

    private static IntegrationFieldStore fields(StoreFixture store) {
        return new IntegrationFieldStore(store.database);
    }

    private static CustomFieldStore customFields(StoreFixture store) {
        return new CustomFieldStore(store.database);
    }

    private static IntegrationFieldStore.Seen seen(String model, String key, String type) {
        return new IntegrationFieldStore.Seen(model, key, type);
    }

    @StoreTest
    void fieldsSeenOnceStayListedAndFollowTheMappingsType(StoreFixture store) {
        String integration = store.integration.id();
        fields(store).recordSeen(integration, List.of(seen("ats_candidates", "first_name", "DEFAULT"),
                seen("ats_candidates", "shirt", "CUSTOM"), seen("ats_jobs", "title", "DEFAULT")), 1_000);
        // A later sync without "shirt", and with a mapping that now reads "first_name" no more.
        fields(store).recordSeen(integration, List.of(seen("ats_candidates", "first_name", "CUSTOM")), 2_000);

        List<IntegrationField> listed = fields(store).list(integration, null, 10);
        assertEquals(3, listed.size());
        IntegrationField firstName = byKey(listed, "first_name");
        assertEquals("CUSTOM", firstName.type());
        assertEquals(1_000, firstName.firstSeenAt());
        assertEquals(2_000, firstName.lastSeenAt());
        IntegrationField shirt = byKey(listed, "shirt");
        assertEquals("ats_candidates", shirt.model());
        assertEquals(1_000, shirt.lastSeenAt(), "a field a sync did not see stays as it was");
        assertFalse(shirt.passthroughEnabled());
        assertFalse(shirt.writable());
        assertNull(shirt.label());
        assertEquals(IntegrationFieldStore.idOf(integration, "ats_candidates", "shirt"), shirt.id());
        assertTrue(RecordIds.isValid(shirt.id()));
        assertNotEquals(shirt.id(), IntegrationFieldStore.idOf(integration, "ats_jobs", "shirt"));
        assertNotEquals(shirt.id(), IntegrationFieldStore.idOf(store.newIntegration().id(), "ats_candidates", "shirt"));
    }

    @StoreTest
    void fieldsPageInIdOrderAndBelongToTheirIntegrationOnly(StoreFixture store) {
        String integration = store.integration.id();
        List<IntegrationFieldStore.Seen> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(seen("ats_applications", "field_" + i, "CUSTOM"));
        }
        fields(store).recordSeen(integration, many, 1_000);
        String other = store.newIntegration().id();
        fields(store).recordSeen(other, List.of(seen("ats_applications", "field_0", "CUSTOM")), 1_000);

        List<String> ids = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 10; page++) {
            List<IntegrationField> got = fields(store).list(integration, after, 10);
            got.forEach(field -> ids.add(field.id()));
            if (got.size() < 10) {
                break;
            }
            after = got.get(got.size() - 1).id();
        }
        assertEquals(25, ids.size());
        assertEquals(ids.stream().sorted().toList(), ids, "byte order of ids, on every backend");
        assertEquals(25, ids.stream().distinct().count());

        String foreign = IntegrationFieldStore.idOf(other, "ats_applications", "field_0");
        assertTrue(fields(store).find(integration, foreign).isEmpty());
        assertTrue(fields(store).setPassthrough(integration, foreign, true).isEmpty());
        assertFalse(fields(store).find(other, foreign).orElseThrow().passthroughEnabled(),
                "another integration cannot switch it");
    }

    @StoreTest
    void theSelectionHoldsMappedCustomFieldsAndPassedThroughFields(StoreFixture store) {
        String integration = store.integration.id();
        fields(store).recordSeen(integration, List.of(seen("ats_candidates", "shirt", "CUSTOM"),
                seen("ats_candidates", "nickname", "CUSTOM"), seen("ats_jobs", "budget", "CUSTOM")), 1_000);
        String shirt = IntegrationFieldStore.idOf(integration, "ats_candidates", "shirt");
        String nickname = IntegrationFieldStore.idOf(integration, "ats_candidates", "nickname");
        assertTrue(fields(store).setPassthrough(integration, nickname, true).orElseThrow().passthroughEnabled());
        CustomField size = customFields(store).create(store.environment.id(), "ats_candidates", "t_shirt_size",
                "T-shirt size", null).orElseThrow();
        customFields(store).map(integration, size.id(), shirt);

        IntegrationFieldStore.Selection selection = fields(store).selection(integration);
        assertEquals(1, selection.customFields().size());
        assertEquals("t_shirt_size", selection.customFields().get(0).customFieldKey());
        assertEquals("shirt", selection.customFields().get(0).source().key());
        assertEquals(List.of("nickname"), selection.passthrough().stream().map(IntegrationField::key).toList());
        assertEquals(new IntegrationFieldStore.Selection(List.of(), List.of()),
                fields(store).selection(store.newIntegration().id()), "selections are per integration");

        assertFalse(fields(store).setPassthrough(integration, nickname, false).orElseThrow().passthroughEnabled());
        customFields(store).map(integration, size.id(), null);
        assertEquals(new IntegrationFieldStore.Selection(List.of(), List.of()), fields(store).selection(integration));
    }

    @StoreTest
    void customFieldsAreUniquePerEnvironmentModelAndKey(StoreFixture store) {
        CustomFieldStore custom = customFields(store);
        String environment = store.environment.id();
        CustomField size = custom.create(environment, "ats_candidates", "t_shirt_size", null, "Size").orElseThrow();
        assertTrue(custom.create(environment, "ats_candidates", "t_shirt_size", "again", null).isEmpty());
        assertTrue(custom.create(environment, "ats_jobs", "t_shirt_size", null, null).isPresent(), "another model");
        String otherEnvironment = store.environments.createEnvironment("other").id();
        assertTrue(custom.create(otherEnvironment, "ats_candidates", "t_shirt_size", null, null).isPresent());

        assertEquals(List.of("ats_candidates", "ats_jobs"), custom.list(environment).stream().map(CustomField::model)
                .toList());
        assertEquals(size, custom.find(size.id()).orElseThrow());
        assertEquals("Size", size.description());
        assertTrue(custom.delete(size.id()));
        assertFalse(custom.delete(size.id()));
        assertEquals(1, custom.list(environment).size());
    }

    @StoreTest
    void anIntegrationSeesEveryDefinitionOfItsEnvironmentWithItsOwnMapping(StoreFixture store) {
        CustomFieldStore custom = customFields(store);
        String environment = store.environment.id();
        String integration = store.integration.id();
        String other = store.newIntegration().id();
        List<String> defined = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            defined.add(custom.create(environment, "ats_candidates", "key_" + i, null, null).orElseThrow().id());
        }
        custom.create(store.environments.createEnvironment("elsewhere").id(), "ats_candidates", "key_0", null, null);
        fields(store).recordSeen(integration, List.of(seen("ats_candidates", "raw", "CUSTOM")), 1_000);
        fields(store).recordSeen(other, List.of(seen("ats_candidates", "raw", "CUSTOM")), 1_000);
        String source = IntegrationFieldStore.idOf(integration, "ats_candidates", "raw");
        custom.map(integration, defined.get(2), source);
        custom.map(other, defined.get(2), IntegrationFieldStore.idOf(other, "ats_candidates", "raw"));
        // Mapping again replaces the mapping.
        custom.map(integration, defined.get(3), IntegrationFieldStore.idOf(other, "ats_candidates", "raw"));
        custom.map(integration, defined.get(3), source);

        List<MappedCustomField> first = custom.listMapped(environment, integration, null, 3);
        List<MappedCustomField> rest = custom.listMapped(environment, integration, first.get(2).field().id(), 3);
        List<MappedCustomField> all = new ArrayList<>(first);
        all.addAll(rest);
        assertEquals(defined.stream().sorted().toList(), all.stream().map(entry -> entry.field().id()).toList());
        for (MappedCustomField entry : all) {
            boolean mapped = entry.field().id().equals(defined.get(2)) || entry.field().id().equals(defined.get(3));
            assertEquals(mapped ? source : null, entry.source() == null ? null : entry.source().id(), entry.toString());
        }
        assertEquals(source, custom.findMapped(environment, integration, defined.get(2)).orElseThrow().source().id());
        assertNull(custom.findMapped(environment, integration, defined.get(0)).orElseThrow().source());
        assertTrue(custom.findMapped(store.environments.findEnvironment("elsewhere").orElseThrow().id(), integration,
                defined.get(0)).isEmpty(), "a definition of another environment is not found");
    }

    @StoreTest
    void deletingADefinitionOrAnIntegrationRemovesItsMappings(StoreFixture store) {
        CustomFieldStore custom = customFields(store);
        String environment = store.environment.id();
        Integration doomed = store.newIntegration();
        String integration = store.integration.id();
        CustomField kept = custom.create(environment, "ats_jobs", "kept", null, null).orElseThrow();
        CustomField dropped = custom.create(environment, "ats_jobs", "dropped", null, null).orElseThrow();
        for (String owner : List.of(integration, doomed.id())) {
            fields(store).recordSeen(owner, List.of(seen("ats_jobs", "budget", "CUSTOM")), 1_000);
            String source = IntegrationFieldStore.idOf(owner, "ats_jobs", "budget");
            custom.map(owner, kept.id(), source);
            custom.map(owner, dropped.id(), source);
        }
        assertEquals(4, mappings(store));

        assertTrue(custom.delete(dropped.id()));
        assertEquals(2, mappings(store));
        assertEquals(List.of("kept"), fields(store).selection(integration).customFields().stream()
                .map(IntegrationFieldStore.CustomFieldSource::customFieldKey).toList());

        store.database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM integrations WHERE id = ?")) {
                delete.setString(1, doomed.id());
                return delete.executeUpdate();
            }
        });
        assertEquals(1, mappings(store));
        assertTrue(fields(store).list(doomed.id(), null, 10).isEmpty(), "its integration fields went with it");
        assertEquals(1, fields(store).list(integration, null, 10).size());
    }

    private static int mappings(StoreFixture store) {
        return store.database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM custom_field_mappings");
                    var row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    private static IntegrationField byKey(List<IntegrationField> fields, String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst().orElseThrow();
    }
}
