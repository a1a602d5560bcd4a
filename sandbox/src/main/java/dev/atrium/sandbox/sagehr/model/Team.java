package dev.atrium.sandbox.sagehr.model;

import java.util.List;

/** A Sage HR team with its managers and members. */
public record Team(int index, long id, String name, List<Long> managerIds, List<Long> employeeIds) {

    public Team {
        managerIds = List.copyOf(managerIds);
        employeeIds = List.copyOf(employeeIds);
    }
}
