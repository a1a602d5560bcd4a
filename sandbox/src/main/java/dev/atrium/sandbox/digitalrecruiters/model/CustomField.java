package dev.atrium.sandbox.digitalrecruiters.model;

/** A tenant-defined field on an ad: {@code {hash, name, value}}. */
public record CustomField(String hash, String name, String value) {
}
