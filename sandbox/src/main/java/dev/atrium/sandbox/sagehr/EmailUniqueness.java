package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where "Email has already been taken" applies when creating an applicant (scope undocumented). */
public enum EmailUniqueness {
    /** The same person may apply to several positions, once each. */
    PER_POSITION,
    /** An email may exist once in the whole company. */
    PER_COMPANY;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static EmailUniqueness fromWire(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
