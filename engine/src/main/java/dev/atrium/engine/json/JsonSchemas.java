package dev.atrium.engine.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.util.List;

/**
 * Loads JSON Schemas (draft 2020-12) shipped on the classpath and validates documents against them, with
 * format assertions on (a malformed date-time is an error, not an annotation).
 */
public final class JsonSchemas {

    /** Draft 2020-12 that knows our own annotation keyword, x-atrium, instead of warning about it. */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .keyword(new NonValidationKeyword("x-atrium"))
            .build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(DIALECT,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .build()));

    private JsonSchemas() {
    }

    /** One problem a document has, at a JSON pointer into that document, and the schema keyword it broke. */
    public record Problem(String pointer, String message, String keyword) {
    }

    /** A loaded schema; thread-safe. */
    public static final class Validator {

        private final Schema schema;

        private Validator(Schema schema) {
            this.schema = schema;
        }

        public List<Problem> validate(JsonNode document) {
            // Fail-fast first: almost every record is valid, and collecting errors with their paths costs
            // several times more than a yes/no answer.
            if (schema.validate(document, OutputFormat.BOOLEAN)) {
                return List.of();
            }
            return schema.validate(document).stream().map(JsonSchemas::problem).toList();
        }
    }

    /** Loads {@code classpath:<resource>}; relative $refs resolve against it. */
    public static Validator load(String resource) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + resource));
        schema.initializeValidators();
        return new Validator(schema);
    }

    private static Problem problem(Error error) {
        String pointer = error.getInstanceLocation().toString();
        String message = error.getMessage();
        // networknt prefixes some messages with the location; the pointer is reported separately.
        if (message.startsWith(pointer + ": ")) {
            message = message.substring(pointer.length() + 2);
        }
        if ("enum".equals(error.getKeyword())) {
            message = "must be one of " + error.getSchemaNode();
        } else if ("const".equals(error.getKeyword())) {
            message = "must be " + error.getSchemaNode();
        } else if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            message = "unknown property '" + error.getProperty() + "'";
            pointer = pointer.equals("/") ? "/" + escape(error.getProperty())
                    : pointer + "/" + escape(error.getProperty());
        } else if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            message = "required property '" + error.getProperty() + "' is missing";
        }
        return new Problem(pointer.isEmpty() ? "/" : pointer, message, error.getKeyword());
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
