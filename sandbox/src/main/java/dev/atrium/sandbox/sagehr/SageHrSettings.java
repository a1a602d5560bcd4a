package dev.atrium.sandbox.sagehr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Behaviour of the Sage HR simulator. Defaults follow the fact sheet; where it only guesses
 * ([G]), the guess is the default and the alternatives are reachable here.
 *
 * @param counts                 size of the generated company
 * @param perPageDefault         recruitment lists' page size without per_page [D: 30]
 * @param perPageMax             largest per_page served [D: 100]
 * @param perPageOverflow        per_page above the max is clamped or rejected with 422 [G: clamp]
 * @param corePageSize           fixed page size of /employees, /teams, /positions [D: 50]
 * @param acceptHeaderQuirk      recruitment routes answer 404 HTML without Accept: application/json [C: on]
 * @param timestampFormat        wire form of timestamps [D example, exact form G: space_offset]
 * @param emailUniqueness        scope of the duplicate-email check on create [G: per_position]
 * @param closedPositionStatus   status refusing a create on a completed or cancelled position [G: 422]
 * @param stageScope             stage ids per position or shared [G: per_position]
 * @param extraHiringTeamRoles   roles beyond hiring_manager and interviewer, e.g. "recruiter" [G: none]
 * @param rateLimitPerWindow     requests allowed per window and API token, 0 = unlimited [G: 600]
 * @param rateLimitWindowSeconds length of the rate-limit window [G: 60]
 */
public record SageHrSettings(
        @JsonProperty("counts") SageHrCounts counts,
        @JsonProperty("per_page_default") int perPageDefault,
        @JsonProperty("per_page_max") int perPageMax,
        @JsonProperty("per_page_overflow") PerPageOverflow perPageOverflow,
        @JsonProperty("core_page_size") int corePageSize,
        @JsonProperty("accept_header_quirk") boolean acceptHeaderQuirk,
        @JsonProperty("timestamp_format") TimestampFormat timestampFormat,
        @JsonProperty("email_uniqueness") EmailUniqueness emailUniqueness,
        @JsonProperty("closed_position_status") int closedPositionStatus,
        @JsonProperty("stage_scope") StageScope stageScope,
        @JsonProperty("extra_hiring_team_roles") List<String> extraHiringTeamRoles,
        @JsonProperty("rate_limit_per_window") int rateLimitPerWindow,
        @JsonProperty("rate_limit_window_seconds") int rateLimitWindowSeconds) {

    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public SageHrSettings {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(perPageOverflow, "per_page_overflow");
        Objects.requireNonNull(timestampFormat, "timestamp_format");
        Objects.requireNonNull(emailUniqueness, "email_uniqueness");
        Objects.requireNonNull(stageScope, "stage_scope");
        extraHiringTeamRoles = List.copyOf(extraHiringTeamRoles == null ? List.of() : extraHiringTeamRoles);
        if (perPageMax < 1 || perPageDefault < 1 || perPageDefault > perPageMax) {
            throw new IllegalArgumentException("need 1 <= per_page_default <= per_page_max");
        }
        if (corePageSize < 1) {
            throw new IllegalArgumentException("core_page_size must be positive");
        }
        if (closedPositionStatus < 400 || closedPositionStatus > 499) {
            throw new IllegalArgumentException("closed_position_status must be a 4xx status");
        }
        if (rateLimitPerWindow < 0 || rateLimitWindowSeconds < 1) {
            throw new IllegalArgumentException("need rate_limit_per_window >= 0 and rate_limit_window_seconds >= 1");
        }
        for (String role : extraHiringTeamRoles) {
            if (!ROLE.matcher(role).matches() || role.equals("hiring_manager") || role.equals("interviewer")) {
                throw new IllegalArgumentException("extra hiring team roles must be new snake_case words: " + role);
            }
        }
    }

    public static SageHrSettings defaults() {
        return new SageHrSettings(SageHrCounts.defaults(), 30, 100, PerPageOverflow.CLAMP, 50, true,
                TimestampFormat.SPACE_OFFSET, EmailUniqueness.PER_POSITION, 422, StageScope.PER_POSITION,
                List.of(), 600, 60);
    }

    public SageHrSettings withCounts(SageHrCounts value) {
        return new SageHrSettings(value, perPageDefault, perPageMax, perPageOverflow, corePageSize,
                acceptHeaderQuirk, timestampFormat, emailUniqueness, closedPositionStatus, stageScope,
                extraHiringTeamRoles, rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public SageHrSettings withPerPageOverflow(PerPageOverflow value) {
        return new SageHrSettings(counts, perPageDefault, perPageMax, value, corePageSize,
                acceptHeaderQuirk, timestampFormat, emailUniqueness, closedPositionStatus, stageScope,
                extraHiringTeamRoles, rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public SageHrSettings withAcceptHeaderQuirk(boolean value) {
        return new SageHrSettings(counts, perPageDefault, perPageMax, perPageOverflow, corePageSize,
                value, timestampFormat, emailUniqueness, closedPositionStatus, stageScope,
                extraHiringTeamRoles, rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public SageHrSettings withTimestampFormat(TimestampFormat value) {
        return new SageHrSettings(counts, perPageDefault, perPageMax, perPageOverflow, corePageSize,
                acceptHeaderQuirk, value, emailUniqueness, closedPositionStatus, stageScope,
                extraHiringTeamRoles, rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public SageHrSettings withEmailUniqueness(EmailUniqueness value) {
        return new SageHrSettings(counts, perPageDefault, perPageMax, perPageOverflow, corePageSize,
                acceptHeaderQuirk, timestampFormat, value, closedPositionStatus, stageScope,
                extraHiringTeamRoles, rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public SageHrSettings withClosedPositionStatus(int value) {
        return new SageHrSettings(counts, perPageDefault, perPageMax, perPageOverflow, corePageSize,
                acceptHeaderQuirk, timestampFormat, emailUniqueness, value, stageScope,
                extraHiringTeamRoles, rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public SageHrSettings withStageScope(StageScope value) {
        return new SageHrSettings(counts, perPageDefault, perPageMax, perPageOverflow, corePageSize,
                acceptHeaderQuirk, timestampFormat, emailUniqueness, closedPositionStatus, value,
                extraHiringTeamRoles, rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public SageHrSettings withExtraHiringTeamRoles(List<String> value) {
        return new SageHrSettings(counts, perPageDefault, perPageMax, perPageOverflow, corePageSize,
                acceptHeaderQuirk, timestampFormat, emailUniqueness, closedPositionStatus, stageScope,
                value, rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public SageHrSettings withRateLimit(int perWindow, int windowSeconds) {
        return new SageHrSettings(counts, perPageDefault, perPageMax, perPageOverflow, corePageSize,
                acceptHeaderQuirk, timestampFormat, emailUniqueness, closedPositionStatus, stageScope,
                extraHiringTeamRoles, perWindow, windowSeconds);
    }
}
