package dev.atrium.sandbox.paycor.generate;

import java.time.Instant;

/** When a job took applications: generated candidates are created between {@code open} and {@code close}. */
record JobWindow(Instant open, Instant close) {
}
