package dev.atrium.sandbox.icims.model;

/** One row of a person's {@code phones} collection. */
public record Phone(int entry, ListNode type, String number) {
}
