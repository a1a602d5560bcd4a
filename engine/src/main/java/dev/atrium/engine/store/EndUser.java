package dev.atrium.engine.store;

/**
 * The customer who connected an integration, as Kombo's {@code end_user} names them: their organization, the
 * email of the person who connected it and their id in the product of our user (each may be unknown).
 */
public record EndUser(String organizationName, String creatorEmail, String originId) {

    public static final EndUser UNKNOWN = new EndUser(null, null, null);
}
