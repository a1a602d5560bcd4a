package dev.atrium.sandbox.icims.model;

/** A node of a tenant list (folder, status, bin, position type), read as {@code {id, value, formattedvalue}}. */
public record ListNode(String id, String value) {

    /** Default iCIMS nodes start with {@code D}, customer-created ones with {@code C} (fact sheet A6, a guess). */
    public boolean isDefault() {
        return id.startsWith("D");
    }
}
