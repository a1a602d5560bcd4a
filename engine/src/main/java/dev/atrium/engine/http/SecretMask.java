package dev.atrium.engine.http;

import dev.atrium.engine.mapping.Mapping;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hides an integration's secret connection values in text that leaves the request (logs, errors, the request
 * path kept in {@code remote_data}): a secret a tool takes in the URL (a feed token) shows as {@code {field}}.
 */
public final class SecretMask {

    /** Hides nothing: for requests that carry no connection values in their paths. */
    public static final SecretMask NONE = new SecretMask(Map.of());

    /** Secrets shorter than this are not masked: they would match ordinary path segments by chance. */
    private static final int MIN_LENGTH = 4;

    private final Map<String, String> secrets;

    private SecretMask(Map<String, String> secrets) {
        this.secrets = secrets;
    }

    /** The mask of an integration's secret connection fields. */
    public static SecretMask of(Mapping mapping, Map<String, String> connection) {
        Map<String, String> secrets = new LinkedHashMap<>();
        mapping.connection().forEach((name, field) -> {
            String value = connection.get(name);
            if (field.secret() && value != null && value.length() >= MIN_LENGTH) {
                secrets.put(name, value);
            }
        });
        return new SecretMask(Map.copyOf(secrets));
    }

    /** The text with every secret value replaced by its field's name in braces. */
    public String hide(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String hidden = text;
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            hidden = hidden.replace(secret.getValue(), "{" + secret.getKey() + "}");
        }
        return hidden;
    }
}
