package dev.atrium.sandbox.phenom.model;

/** One entry of {@code /projects-api/v1/workflow-statuses}: {@code statusId, name, statusCode, statusType} (fact sheet 1.5). */
public record WorkflowStatus(int order, String statusId, String name, String statusCode, StatusType statusType) {
}
