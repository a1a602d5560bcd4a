package dev.atrium.engine.mapping;

import java.util.regex.Pattern;

/**
 * One value an operator gives when connecting an integration (an API key, a subdomain). Secret fields are
 * never shown back, never logged and never visible to transforms.
 */
public record ConnectionField(String name, String label, String description, boolean required, boolean secret,
        Pattern pattern) {

    /** Why a supplied value is unacceptable, or null when it is fine. */
    public String problemWith(String value) {
        if (value == null || value.isBlank()) {
            return required ? "is required" : null;
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            return "must match " + pattern.pattern();
        }
        return null;
    }
}
