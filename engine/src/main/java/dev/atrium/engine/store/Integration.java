package dev.atrium.engine.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One connected tool account of one environment: which mapping runs it, where it is reached, its
 * connection values (secrets included, so never log or serve this object as is) and its settings.
 *
 * @param baseUrl overrides the mapping's base URL when set (e.g. to point at the sandbox)
 * @param firstSyncCompletedAt null until a sync has completed; reads wait for it
 */
public record Integration(String id, String environmentId, String tool, String baseUrl,
        Map<String, String> connection, ObjectNode settings, String endUserOrganizationName, boolean enabled,
        long createdAt, Long firstSyncCompletedAt) {

    public Integration {
        connection = Map.copyOf(connection);
    }

    @Override
    public String toString() {
        // Connection values may be secrets: never let them reach a log line through toString.
        return "Integration[" + id + "]";
    }
}
