package dev.atrium.sandbox.digitalrecruiters.model;

/**
 * The seven global stages application status levels map to (fact sheet 3.4), in their documented order.
 * The raw literal an application carries for each is a setting, since it was never captured.
 */
public enum StatusLevel {
    APPLICATION, PRESELECTION, QUALIFICATION, INTERVIEW, OFFER, HIRING, REFUSAL;

    /** 1-based position in the documented list. */
    public int globalIndex() {
        return ordinal() + 1;
    }

    /** Hiring and Refusal end an application; the others leave it in play. */
    public boolean isFinal() {
        return this == HIRING || this == REFUSAL;
    }

    /** The level after this one on the way to an offer and a hire; final levels stay. */
    public StatusLevel next() {
        return isFinal() ? this : values()[ordinal() + 1];
    }
}
