package dev.atrium.server.views;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.engine.store.RecordQuery;
import dev.atrium.engine.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GET /v1/ats/users: users with their system-wide roles. */
public final class UsersView implements ListView {

    @Override
    public String endpoint() {
        return "users";
    }

    @Override
    public String model() {
        return "users";
    }

    @Override
    public List<RecordQuery.Related> relatedChanges() {
        // System role assignments: added or removed, and the assigned roles edited.
        return List.of(new RecordQuery.Referencing("user_roles", "user_id"),
                new RecordQuery.Joined("user_roles", "user_id", "role_id", "roles"));
    }

    @Override
    public List<ListFilter> filters() {
        return List.of(ListFilter.keyInIgnoringCase("emails", "users", "email", "email"));
    }

    @Override
    public List<ObjectNode> assemble(ViewReader reader, List<StoredRecord> page) {
        Map<String, List<StoredRecord>> assignments = reader.groupedByKey("user_roles", "user_id",
                page.stream().map(StoredRecord::id).toList());
        Map<String, StoredRecord> roles = reader.byIds("roles", ViewReader.field(assignments, "role_id"));
        List<ObjectNode> items = new ArrayList<>();
        for (StoredRecord user : page) {
            ObjectNode item = ViewReader.withTimes(user);
            item.set("email", Projection.email(user.content().get("email")));
            ArrayNode systemRoles = item.putArray("system_roles");
            for (StoredRecord assignment : assignments.getOrDefault(user.id(), List.of())) {
                StoredRecord role = roles.get(assignment.content().path("role_id").asText());
                if (role != null && !role.deleted()) {
                    systemRoles.add(Projection.pick(role.content(), "remote_id", "remote_label", "scope",
                            "unified_type"));
                }
            }
            items.add(item);
        }
        return items;
    }
}
