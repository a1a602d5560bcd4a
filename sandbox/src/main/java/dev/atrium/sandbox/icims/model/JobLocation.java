package dev.atrium.sandbox.icims.model;

/** A job's ADDRESSLINK: an address row of a company (location) profile, with its one-line text. */
public record JobLocation(long id, long companyId, String value) {
}
