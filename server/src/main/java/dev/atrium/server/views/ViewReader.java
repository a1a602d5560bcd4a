package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.expressions.Timestamps;
import dev.atrium.engine.store.RecordStore;
import dev.atrium.engine.store.StoredRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Batched reads of one integration's records for assembling nested views. */
public final class ViewReader {

    private final RecordStore records;
    private final String integrationId;

    public ViewReader(RecordStore records, String integrationId) {
        this.records = records;
        this.integrationId = integrationId;
    }

    /**
     * Records by id (deleted ones included: a reference to a deleted record still resolves), without their raw
     * records: nested shapes carry a few fields of them.
     */
    public Map<String, StoredRecord> byIds(String model, Collection<String> ids) {
        return byIds(model, ids, RecordStore.RemoteData.LEFT_OUT);
    }

    /** Records by id with their raw records, for nested shapes that carry {@code remote_data}. */
    public Map<String, StoredRecord> byIdsWithRemoteData(String model, Collection<String> ids) {
        return byIds(model, ids, RecordStore.RemoteData.RAW_JSON);
    }

    private Map<String, StoredRecord> byIds(String model, Collection<String> ids, RecordStore.RemoteData remoteData) {
        List<String> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        // A mutable map, never Map.of(): views look up absent references (null ids), which Map.of() refuses.
        return present.isEmpty() ? new HashMap<>() : records.getByIds(integrationId, model, present, remoteData);
    }

    /**
     * Live records grouped by the value of an indexed key, e.g. job_application_stages by job_id, without their
     * raw records. The key must index the field of the same name (the reference keys of the sync models all do).
     */
    public Map<String, List<StoredRecord>> groupedByKey(String model, String key, Collection<String> values) {
        return groupedByKey(model, key, values, RecordStore.RemoteData.LEFT_OUT);
    }

    /** Live records grouped by the value of an indexed key, with their raw records. */
    public Map<String, List<StoredRecord>> groupedByKeyWithRemoteData(String model, String key,
            Collection<String> values) {
        return groupedByKey(model, key, values, RecordStore.RemoteData.RAW_JSON);
    }

    private Map<String, List<StoredRecord>> groupedByKey(String model, String key, Collection<String> values,
            RecordStore.RemoteData remoteData) {
        List<String> present = values.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, List<StoredRecord>> grouped = new LinkedHashMap<>();
        if (present.isEmpty()) {
            return grouped;
        }
        for (StoredRecord record : records.findByKey(integrationId, model, key, present, remoteData)) {
            String value = record.content().path(key).asText(null);
            grouped.computeIfAbsent(value, k -> new ArrayList<>()).add(record);
        }
        return grouped;
    }

    /**
     * A listed record's content with the store's times added, as the Kombo shapes carry them. It is the
     * record's own content, shaped in place: each read parses its records afresh and a page lists each once.
     */
    public static ObjectNode withTimes(StoredRecord record) {
        ObjectNode item = record.content();
        item.put("changed_at", Timestamps.formatMillis(record.changedAt()));
        if (record.remoteDeletedAt() == null) {
            item.putNull("remote_deleted_at");
        } else {
            item.put("remote_deleted_at", Timestamps.formatMillis(record.remoteDeletedAt()));
        }
        return item;
    }

    /** Orders by id, for lists the tool gives no order to. */
    public static final Comparator<ObjectNode> BY_ID = Comparator.comparing(node -> node.path("id").asText());

    /** One field of every record of a grouping, e.g. the stage ids of job-stage links. */
    public static List<String> field(Map<String, List<StoredRecord>> grouped, String field) {
        return values(grouped.values().stream().flatMap(List::stream).toList(), field);
    }

    /** One field of each record, e.g. the job ids of a page of applications. */
    public static List<String> values(List<StoredRecord> records, String field) {
        return records.stream().map(record -> record.content().path(field).asText(null)).toList();
    }

    /** Orders by an integer field (nulls last), then by id, so lists come out the same every time. */
    public static Comparator<ObjectNode> byIndex(String field) {
        return Comparator.<ObjectNode, Integer>comparing(node -> node.path(field).isNumber() ? node.get(field).asInt()
                : Integer.MAX_VALUE).thenComparing(node -> node.path("id").asText());
    }
}
