package dev.atrium.sandbox.phenom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atrium.sandbox.phenom.store.ApplyForm;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads and checks an apply body against the documented {@code ApplicationWithId} limits (fact sheet 1.5):
 * first and last name required and at most 20 characters, middle name at most 20, email required, phone
 * matching {@code ^\+?\d{5,15}$}. A failed check is an {@link IllegalArgumentException} naming the field.
 */
final class ApplyReader {

    private static final int NAME_MAX = 20;
    private static final Pattern PHONE = Pattern.compile("^\\+?\\d{5,15}$");
    // Deliberately loose: one @ with something on each side and a dot in the domain.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ApplyReader() {
    }

    static ApplyForm read(String raw) {
        JsonNode body;
        try {
            body = raw == null || raw.isBlank() ? null : PhenomJson.MAPPER.readTree(raw);
        } catch (IOException e) {
            throw new IllegalArgumentException("Request body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("Request body must be a JSON object");
        }
        String jobId = text(body, "jobId");
        if (jobId == null) {
            throw new IllegalArgumentException("jobId is required");
        }
        JsonNode data = body.path("candidateData");
        if (!data.isObject()) {
            throw new IllegalArgumentException("candidateData is required");
        }
        String first = name(data, "firstName", true);
        String middle = name(data, "middleName", false);
        String last = name(data, "lastName", true);
        JsonNode contact = data.path("contactData");
        String email = contact.isObject() ? text(contact, "email") : null;
        if (email == null) {
            throw new IllegalArgumentException("candidateData.contactData.email is required");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("candidateData.contactData.email is not a valid email address");
        }
        String phone = text(contact, "phoneNumber");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("candidateData.contactData.phoneNumber must match ^\\+?\\d{5,15}$");
        }
        return new ApplyForm(jobId, first, middle, last, email, text(contact, "countryPhoneCode"), phone,
                text(contact, "deviceType"), text(body, "source"));
    }

    private static String name(JsonNode data, String field, boolean required) {
        String value = text(data, field);
        if (value == null && required) {
            throw new IllegalArgumentException("candidateData." + field + " is required");
        }
        if (value != null && value.length() > NAME_MAX) {
            throw new IllegalArgumentException("candidateData." + field + " must be at most " + NAME_MAX + " characters");
        }
        return value;
    }

    /** A non-blank string field, trimmed, or null. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText().trim() : null;
    }
}
