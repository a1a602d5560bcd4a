package dev.atrium.sandbox.icims.model;

/** A SALARY field: amount, currency and a timeframe from {@code lists.compensation.types}. */
public record Salary(String currency, long amount, String timeframe) {
}
