package dev.atrium.sandbox.sagehr.generate;

/**
 * Id ranges per record kind. They do not overlap (applicants stay below 60,000,001), so an id sent
 * to the wrong endpoint answers 404 instead of silently matching another record.
 */
public final class IdSpace {

    public static final long APPLICANT_BASE = 1;
    public static final long EMPLOYEE_BASE = 60_000_001;
    public static final long TEAM_BASE = 61_000_001;
    public static final long JOB_TITLE_BASE = 62_000_001;
    public static final long LOCATION_BASE = 63_000_001;
    public static final long GROUP_BASE = 64_000_001;
    public static final long POSITION_BASE = 65_000_001;
    public static final long STAGE_BASE = 66_000_001;

    private IdSpace() {
    }
}
