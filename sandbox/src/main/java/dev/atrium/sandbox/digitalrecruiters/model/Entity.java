package dev.atrium.sandbox.digitalrecruiters.model;

/**
 * An organisational entity (a site, a store) ads belong to, with its manager; the manager's name may be
 * empty, as in real feeds.
 */
public record Entity(int index, String publicName, String internalRef, Address address, String managerFirstName,
        String managerLastName, String managerPosition) {
}
