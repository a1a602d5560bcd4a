package dev.atrium.sandbox.icims.search;

/** A search query iCIMS would reject, with the documented message (fact sheet A4). */
public final class SearchException extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
