package dev.atrium.server.views;

import java.util.Set;

/** The closed value lists of the contract's list filters (contract §5). */
final class Enums {

    static final Set<String> JOB_STATUSES = Set.of("OPEN", "CLOSED", "DRAFT", "ARCHIVED");
    static final Set<String> EMPLOYMENT_TYPES = Set.of("FULL_TIME", "PART_TIME", "CONTRACT", "SEASONAL", "INTERNSHIP");
    static final Set<String> VISIBILITIES = Set.of("PUBLIC", "INTERNAL", "UNLISTED", "CONFIDENTIAL");
    static final Set<String> OUTCOMES = Set.of("PENDING", "HIRED", "DECLINED");
    static final Set<String> ROLE_SCOPES = Set.of("SYSTEM", "JOB");

    private Enums() {
    }
}
