package dev.atrium.sandbox.paycor.model;

/** A Paycor user as embedded in a job's hiring-team lists; there is no users endpoint. */
public record JobUser(int id, String email, String firstName, String lastName) {
}
