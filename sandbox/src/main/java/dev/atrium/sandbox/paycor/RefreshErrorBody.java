package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Body of a refused token refresh; the fact sheet only says "invalid_grant-style" [G]. */
public enum RefreshErrorBody {
    /** {@code {"error": "invalid_grant", "error_description": "..."}} as OAuth servers answer. */
    OAUTH,
    /** A {@code PaycorError} with the OAuth code in {@code title}. */
    PAYCOR_ERROR;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RefreshErrorBody fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
