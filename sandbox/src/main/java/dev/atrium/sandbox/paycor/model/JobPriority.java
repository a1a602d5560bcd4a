package dev.atrium.sandbox.paycor.model;

/** The documented job priority vocabulary; the wire value is the constant's name. */
public enum JobPriority {
    NONE, LOW, NORMAL, ON_HOLD, URGENT
}
