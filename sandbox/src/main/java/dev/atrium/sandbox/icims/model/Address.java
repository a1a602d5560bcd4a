package dev.atrium.sandbox.icims.model;

/**
 * One row of an {@code addresses} collection (people and companies); state and country are list nodes with an
 * abbreviation. Nullable parts are omitted on read, as a remote location has only a country.
 */
public record Address(int entry, ListNode type, String street, String city, String zip, String stateId,
        String stateAbbrev, String state, String countryId, String countryAbbrev, String country) {
}
