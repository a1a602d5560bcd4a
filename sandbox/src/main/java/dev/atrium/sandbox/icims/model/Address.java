package dev.atrium.sandbox.icims.model;

/** One row of a person's {@code addresses} collection; state and country are list nodes with an abbreviation. */
public record Address(int entry, String street, String city, String zip, String stateId, String stateAbbrev,
        String state, String countryId, String countryAbbrev, String country) {
}
