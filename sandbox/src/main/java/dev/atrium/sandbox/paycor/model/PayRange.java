package dev.atrium.sandbox.paycor.model;

/** A job's pay range; currency and pay-period values are guesses, the vendor sample has placeholders. */
public record PayRange(String currency, double minimum, double maximum, String payPeriod) {
}
