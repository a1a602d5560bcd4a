package dev.atrium.sandbox.paycor.model;

/** A job's department. */
public record AtsDepartment(String id, String title) {
}
