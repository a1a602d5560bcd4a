package dev.atrium.sandbox.phenom.model;

/** A phone as {@code ContactData} spells it: {@code phoneNumber} matches {@code ^\+?\d{5,15}$} (fact sheet 1.5). */
public record Phone(String countryPhoneCode, String phoneNumber, String deviceType) {
}
