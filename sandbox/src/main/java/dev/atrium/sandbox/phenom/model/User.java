package dev.atrium.sandbox.phenom.model;

import java.time.Instant;
import java.util.List;

/** A Phenom user as user search returns it; hiring managers and recruiters of jobs are users (by email). */
public record User(String userId, String username, String firstName, String lastName, String email,
        boolean enabled, List<String> roles, Instant createdDate) {

    public User {
        roles = List.copyOf(roles);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
