package dev.atrium.sandbox.paycor.model;

/** An ATS account of the legal entity; jobs and candidates live in one. */
public record AtsAccount(int index, String id, String title) {
}
