package dev.atrium.sandbox.paycor.model;

import java.util.Locale;
import java.util.Optional;

/** The four hiring-team lists of a job, with their {@code include} value and JSON field. */
public enum UserRole {
    HIRING_MANAGERS("HiringManagers", "hiringManagers"),
    RECRUITERS("Recruiters", "recruiters"),
    TEAM_MEMBERS("TeamMembers", "teamMembers"),
    EXECUTIVES("Executives", "executives");

    private final String include;
    private final String field;

    UserRole(String include, String field) {
        this.include = include;
        this.field = field;
    }

    public String include() {
        return include;
    }

    public String field() {
        return field;
    }

    public static Optional<UserRole> fromInclude(String raw) {
        String wanted = raw.trim().toLowerCase(Locale.ROOT);
        for (UserRole role : values()) {
            if (role.include.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
