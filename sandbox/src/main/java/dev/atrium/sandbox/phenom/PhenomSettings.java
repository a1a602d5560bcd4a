package dev.atrium.sandbox.phenom;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Behaviour of the Phenom simulator. Defaults follow the fact sheet (section 1); where it only guesses ([G]),
 * the guess is the default and the alternatives are reachable here.
 *
 * @param counts                    size of the generated tenant
 * @param internalJobShare          share of jobs with {@code siteType=internal} [G: 0.2]; regenerates the data
 * @param placeholderJobIdShare     share of applications whose {@code jobId} is {@code "JOBID"} [I, share G: 0.03];
 *                                  regenerates the data
 * @param loginPath                 path of the login host under the base URL; the token is at {@code {loginPath}/token}
 *                                  [G: /auth, the real host is per tenant]
 * @param tokenTtlSeconds           {@code expires_in} and JWT {@code exp} of access tokens [G: 3600]
 * @param acceptTokenWithoutBearer  {@code Authorization: <token>} without the Bearer prefix works too [D cards: yes]
 * @param defaultLimit              page size without {@code limit} / {@code size} [G: 10]
 * @param maxLimit                  largest page served [G: 100]
 * @param rejectOverMaxLimit        a larger page is refused with 400 instead of clamped [G: clamped]
 * @param requireFromSize           applicants of a job need {@code from} and {@code size}, else 400 [D required, G status]
 * @param duplicateApplyStatus      status refusing a second application of one candidate to one job [G: 409]
 * @param rateLimitPerWindow        requests per window and client, 0 = unlimited [G: 600]
 * @param rateLimitWindowSeconds    length of the rate-limit window [G: 60]
 */
public record PhenomSettings(
        @JsonProperty("counts") PhenomCounts counts,
        @JsonProperty("internal_job_share") double internalJobShare,
        @JsonProperty("placeholder_job_id_share") double placeholderJobIdShare,
        @JsonProperty("login_path") String loginPath,
        @JsonProperty("token_ttl_seconds") int tokenTtlSeconds,
        @JsonProperty("accept_token_without_bearer") boolean acceptTokenWithoutBearer,
        @JsonProperty("default_limit") int defaultLimit,
        @JsonProperty("max_limit") int maxLimit,
        @JsonProperty("reject_over_max_limit") boolean rejectOverMaxLimit,
        @JsonProperty("require_from_size") boolean requireFromSize,
        @JsonProperty("duplicate_apply_status") int duplicateApplyStatus,
        @JsonProperty("rate_limit_per_window") int rateLimitPerWindow,
        @JsonProperty("rate_limit_window_seconds") int rateLimitWindowSeconds) {

    public PhenomSettings {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(loginPath, "login_path");
        if (internalJobShare < 0 || internalJobShare > 1 || placeholderJobIdShare < 0 || placeholderJobIdShare > 1) {
            throw new IllegalArgumentException("internal_job_share and placeholder_job_id_share must be between 0 and 1");
        }
        if (!loginPath.matches("(/[A-Za-z0-9_-]+)+") || loginPath.matches("/(jobs-api|candidates-api|apply|projects-api|user-management)(/.*)?")) {
            throw new IllegalArgumentException("login_path must be a path like /auth outside the API groups");
        }
        if (tokenTtlSeconds < 1) {
            throw new IllegalArgumentException("token_ttl_seconds must be positive");
        }
        if (maxLimit < 1 || defaultLimit < 1 || defaultLimit > maxLimit) {
            throw new IllegalArgumentException("need 1 <= default_limit <= max_limit");
        }
        if (duplicateApplyStatus < 400 || duplicateApplyStatus > 499) {
            throw new IllegalArgumentException("duplicate_apply_status must be a 4xx status");
        }
        if (rateLimitPerWindow < 0 || rateLimitWindowSeconds < 1) {
            throw new IllegalArgumentException("need rate_limit_per_window >= 0 and rate_limit_window_seconds >= 1");
        }
    }

    public static PhenomSettings defaults() {
        return new PhenomSettings(PhenomCounts.defaults(), 0.2, 0.03, "/auth", 3600, true, 10, 100,
                false, true, 409, 600, 60);
    }

    /** Whether two settings generate the same data. */
    public static boolean sameData(PhenomSettings a, PhenomSettings b) {
        return a.counts.equals(b.counts) && a.internalJobShare == b.internalJobShare
                && a.placeholderJobIdShare == b.placeholderJobIdShare;
    }

    public PhenomSettings withCounts(PhenomCounts value) {
        return new PhenomSettings(value, internalJobShare, placeholderJobIdShare, loginPath, tokenTtlSeconds,
                acceptTokenWithoutBearer, defaultLimit, maxLimit, rejectOverMaxLimit, requireFromSize, duplicateApplyStatus,
                rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public PhenomSettings withTokenTtlSeconds(int value) {
        return new PhenomSettings(counts, internalJobShare, placeholderJobIdShare, loginPath, value,
                acceptTokenWithoutBearer, defaultLimit, maxLimit, rejectOverMaxLimit, requireFromSize, duplicateApplyStatus,
                rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public PhenomSettings withRateLimit(int perWindow, int windowSeconds) {
        return new PhenomSettings(counts, internalJobShare, placeholderJobIdShare, loginPath, tokenTtlSeconds,
                acceptTokenWithoutBearer, defaultLimit, maxLimit, rejectOverMaxLimit, requireFromSize, duplicateApplyStatus,
                perWindow, windowSeconds);
    }
}
