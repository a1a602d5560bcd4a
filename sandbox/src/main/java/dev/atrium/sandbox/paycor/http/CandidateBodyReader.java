package dev.atrium.sandbox.paycor.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.paycor.model.CandidateCodes;
import dev.atrium.sandbox.paycor.store.CandidateForm;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks a create-candidate body (the vendor's {@code Candidate} schema, fact sheet B6.4):
 * the eight required fields, types, lengths, e-mail form and the documented stage/status pairs. Problems
 * are collected per field, with ASP.NET-style messages, for one {@code PaycorError}.
 */
final class CandidateBodyReader {

    /** Either a form or the problems found, keyed by field. */
    record Read(CandidateForm form, Map<String, String> errors) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int NAME_MAX = 100;
    private static final int EMAIL_MAX = 254;
    private static final int TEXT_MAX = 255;

    private final Map<String, String> errors = new LinkedHashMap<>();
    private ObjectNode body;

    private CandidateBodyReader() {
    }

    static Read read(byte[] bytes, boolean acceptPascalCase) {
        return new CandidateBodyReader().parse(bytes, acceptPascalCase);
    }

    private Read parse(byte[] bytes, boolean acceptPascalCase) {
        JsonNode root;
        try {
            root = bytes == null || bytes.length == 0 ? null : PaycorJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return new Read(null, Map.of("body", "A non-empty request body is required."));
        }
        body = acceptPascalCase ? camelCased((ObjectNode) root) : (ObjectNode) root;
        String jobId = text("jobId", true, 32);
        String accountId = text("atsAccountId", true, 32);
        String email = text("email", true, EMAIL_MAX);
        String first = text("firstName", true, NAME_MAX);
        String last = text("lastName", true, NAME_MAX);
        String preferred = text("preferredName", false, NAME_MAX);
        Integer startingStage = integer("startingStage", false);
        Integer startingStatus = integer("startingStatus", false);
        Integer stage = integer("stage", true);
        Integer status = integer("status", true);
        String source = text("source", true, NAME_MAX);
        String altEmail = text("altEmail", false, EMAIL_MAX);
        CandidateForm form = new CandidateForm(jobId, accountId, email, first, last, preferred, startingStage,
                startingStatus, stage == null ? -1 : stage, status == null ? -1 : status, source,
                text("mobilePhone", false, 50), text("altPhone", false, 50), altEmail, text("address", false, TEXT_MAX),
                text("address2", false, TEXT_MAX), text("city", false, NAME_MAX), text("state", false, NAME_MAX),
                text("postalCode", false, 20), text("country", false, NAME_MAX));
        emailForm("email", email);
        emailForm("altEmail", altEmail);
        codes("stage", "status", stage, status);
        codes("startingStage", "startingStatus", startingStage, startingStatus);
        return errors.isEmpty() ? new Read(form, Map.of()) : new Read(null, errors);
    }

    /** PascalCase keys ({@code JobId}) read as their camelCase field unless that is also present. */
    private static ObjectNode camelCased(ObjectNode root) {
        ObjectNode out = PaycorJson.MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String camel = key.isEmpty() ? key : Character.toLowerCase(key.charAt(0)) + key.substring(1);
            if (!out.has(camel) || camel.equals(key)) {
                out.set(camel, e.getValue());
            }
        }
        return out;
    }

    private String text(String field, boolean required, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                errors.put(field, "The " + property(field) + " field is required.");
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.put(field, "The JSON value could not be converted to System.String.");
            return null;
        }
        String value = node.asText().trim();
        if (value.length() > maxLength) {
            errors.put(field, "The field " + property(field) + " must be a string with a maximum length of " + maxLength + ".");
        }
        return value;
    }

    private Integer integer(String field, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.put(field, "The " + property(field) + " field is required.");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            errors.put(field, "The JSON value could not be converted to System.Int32.");
            return null;
        }
        return node.asInt();
    }

    private void emailForm(String field, String value) {
        if (value != null && !errors.containsKey(field) && !EMAIL.matcher(value).matches()) {
            errors.put(field, "The " + property(field) + " field is not a valid e-mail address.");
        }
    }

    /** Stage 0 or 1, each with its own documented statuses. */
    private void codes(String stageField, String statusField, Integer stage, Integer status) {
        if (stage == null || errors.containsKey(stageField)) {
            return;
        }
        if (!CandidateCodes.isStage(stage)) {
            errors.put(stageField, "The " + property(stageField) + " must be 0 (Passive Candidate) or 1 (Job Seeker).");
        } else if (status != null && !CandidateCodes.isAllowed(stage, status)) {
            errors.put(statusField, "The " + property(statusField) + " " + status + " is not valid for "
                    + property(stageField).toLowerCase(Locale.ROOT) + " " + stage + ".");
        }
    }

    private static String property(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
