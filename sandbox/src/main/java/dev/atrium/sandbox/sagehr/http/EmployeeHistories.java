package dev.atrium.sandbox.sagehr.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/**
 * The history arrays {@code GET /employees} adds on request ({@code team_history}, {@code employment_status_history},
 * {@code position_history}, fact sheet 2.2). Their entry shape is undocumented [G]: each holds the current value
 * since the employment start, as a tenant that never moved anyone would show.
 */
final class EmployeeHistories {

    private final boolean team;
    private final boolean status;
    private final boolean position;

    private EmployeeHistories(boolean team, boolean status, boolean position) {
        this.team = team;
        this.status = status;
        this.position = position;
    }

    static EmployeeHistories requested(RoutingContext ctx) {
        return new EmployeeHistories(flag(ctx, "team_history"), flag(ctx, "employment_status_history"),
                flag(ctx, "position_history"));
    }

    /** Adds the requested arrays to a rendered employee. */
    ObjectNode addTo(ObjectNode employee) {
        String since = employee.path("employment_start_date").asText(null);
        if (team) {
            entry(employee, "team_history", since).put("team_id", employee.get("team_id").asLong())
                    .put("team", employee.get("team").asText());
        }
        if (status) {
            entry(employee, "employment_status_history", since)
                    .put("employment_status", employee.get("employment_status").asText(null));
        }
        if (position) {
            entry(employee, "position_history", since).put("position_id", employee.get("position_id").asLong())
                    .put("position", employee.get("position").asText());
        }
        return employee;
    }

    private static ObjectNode entry(ObjectNode employee, String name, String since) {
        ObjectNode entry = employee.putArray(name).addObject();
        entry.put("start_date", since);
        entry.putNull("end_date");
        return entry;
    }

    private static boolean flag(RoutingContext ctx, String name) {
        return "true".equals(ctx.request().getParam(name));
    }
}
