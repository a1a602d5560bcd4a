package dev.atrium.sandbox.sagehr.model;

/** An HR job title served by the core {@code /positions} endpoint (not a recruitment position). */
public record JobTitle(long id, String title, String description, String code) {
}
