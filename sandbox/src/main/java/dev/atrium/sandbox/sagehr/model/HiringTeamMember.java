package dev.atrium.sandbox.sagehr.model;

/**
 * One seat on a position's hiring team. Non-manager seats keep a role slot so that the role
 * can follow the extra-roles setting without regenerating the team.
 */
public record HiringTeamMember(int employeeIndex, boolean hiringManager, int roleSlot) {
}
