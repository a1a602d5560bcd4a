package dev.atrium.sandbox.digitalrecruiters.model;

/** A postal address with coordinates, as ads and entities carry it; the feed writes coordinates as strings. */
public record Address(String street, String zip, String city, String county, String state, String country,
        double latitude, double longitude) {

    public String formatted() {
        return street + ",  " + zip + " " + city + ", " + country;
    }
}
