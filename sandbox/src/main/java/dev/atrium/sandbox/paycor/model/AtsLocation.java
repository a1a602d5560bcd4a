package dev.atrium.sandbox.paycor.model;

/** A job's location as the ATS stores it; any part may be null. */
public record AtsLocation(String id, String address1, String address2, String city, String state,
        String postalCode, String country) {
}
