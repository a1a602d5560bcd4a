package dev.atrium.engine.store;

/** A custom field with the integration field one integration fills it from (null: not mapped there). */
public record MappedCustomField(CustomField field, IntegrationField source) {
}
