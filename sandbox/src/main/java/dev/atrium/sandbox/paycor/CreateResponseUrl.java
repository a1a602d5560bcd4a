package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Shape of {@code resourceUrl.url} in the create-candidate answer; the vendor sample is generic [G]. */
public enum CreateResponseUrl {
    /** {@code v1/legalEntities/{le}/ats/{account}/jobs/{job}/candidates/{id}}. */
    CANDIDATE_PATH,
    /** {@code v1/myresources/resource?resourceID={id}}, literally the vendor sample. */
    GENERIC;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CreateResponseUrl fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
