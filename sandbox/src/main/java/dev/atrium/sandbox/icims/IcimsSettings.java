package dev.atrium.sandbox.icims;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Behaviour of the iCIMS simulator. Defaults follow the fact sheet (part A); where it only guesses ([G]) or
 * sources disagree, the guess is the default and the alternatives are reachable here.
 *
 * @param counts                   size of the generated tenant
 * @param dailyQuota               calls per day before the quota answer, 0 = unlimited [D: 10,000]
 * @param quotaExhaustedStatus     status once the daily quota is spent [G: 429]
 * @param searchErrorStatus        status of a rejected search query [G: 400]
 * @param invalidCredentialsStatus status of bad Basic credentials or an unknown bearer token [G: 401]
 * @param accessTokenTtlSeconds    {@code expires_in} of OAuth access tokens [O, conflicting: 24 h or 1800 s]
 * @param audience                 the {@code audience} the token endpoint requires [O]
 * @param tokenRequestsPerWindow   token requests per window before the client is throttled, 0 = unlimited [O: 500]
 * @param tokenWindowSeconds       length of that window [O: 600]
 * @param maxSearchResults         ids per search answer [D: 1000]
 * @param portalName               the career portal the Job Portal API answers for, by name [G]
 * @param keepLinksWhenTrimming    {@code ?fields=} keeps the {@code links} array [G: yes]
 * @param jobFormField             job field naming the iForm a job's candidates answer, blank = not shown
 *                                 [G: a text custom field; which iForm belongs to which job is tenant config]
 */
public record IcimsSettings(
        @JsonProperty("counts") IcimsCounts counts,
        @JsonProperty("daily_quota") int dailyQuota,
        @JsonProperty("quota_exhausted_status") int quotaExhaustedStatus,
        @JsonProperty("search_error_status") int searchErrorStatus,
        @JsonProperty("invalid_credentials_status") int invalidCredentialsStatus,
        @JsonProperty("access_token_ttl_seconds") int accessTokenTtlSeconds,
        @JsonProperty("audience") String audience,
        @JsonProperty("token_requests_per_window") int tokenRequestsPerWindow,
        @JsonProperty("token_window_seconds") int tokenWindowSeconds,
        @JsonProperty("max_search_results") int maxSearchResults,
        @JsonProperty("portal_name") String portalName,
        @JsonProperty("keep_links_when_trimming") boolean keepLinksWhenTrimming,
        @JsonProperty("job_form_field") String jobFormField) {

    public static final int MAX_SEARCH_RESULTS = 1000;
    public static final String DEFAULT_AUDIENCE = "https://api.icims.com/v1/";
    public static final String DEFAULT_JOB_FORM_FIELD = "field50110";

    public IcimsSettings {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(portalName, "portal_name");
        Objects.requireNonNull(jobFormField, "job_form_field");
        if (dailyQuota < 0 || tokenRequestsPerWindow < 0 || tokenWindowSeconds < 1 || accessTokenTtlSeconds < 1) {
            throw new IllegalArgumentException(
                    "need daily_quota >= 0, token_requests_per_window >= 0, token_window_seconds >= 1, access_token_ttl_seconds >= 1");
        }
        for (int status : new int[] {quotaExhaustedStatus, searchErrorStatus, invalidCredentialsStatus}) {
            if (status < 400 || status > 499) {
                throw new IllegalArgumentException("error statuses must be 4xx, was " + status);
            }
        }
        if (maxSearchResults < 1 || maxSearchResults > MAX_SEARCH_RESULTS) {
            throw new IllegalArgumentException("max_search_results must be between 1 and " + MAX_SEARCH_RESULTS);
        }
        if (portalName.isBlank()) {
            throw new IllegalArgumentException("portal_name must not be blank");
        }
    }

    public static IcimsSettings defaults() {
        return new IcimsSettings(IcimsCounts.defaults(), 10_000, 429, 400, 401, 86_400, DEFAULT_AUDIENCE, 500, 600,
                MAX_SEARCH_RESULTS, "external", true,
                DEFAULT_JOB_FORM_FIELD);
    }

    /** Whether two settings generate the same data set (the rest only changes behaviour). */
    public boolean sameData(IcimsSettings other) {
        return counts.equals(other.counts);
    }

    public IcimsSettings withCounts(IcimsCounts value) {
        return new IcimsSettings(value, dailyQuota, quotaExhaustedStatus, searchErrorStatus, invalidCredentialsStatus,
                accessTokenTtlSeconds, audience, tokenRequestsPerWindow, tokenWindowSeconds, maxSearchResults,
                portalName, keepLinksWhenTrimming, jobFormField);
    }

    public IcimsSettings withDailyQuota(int value) {
        return new IcimsSettings(counts, value, quotaExhaustedStatus, searchErrorStatus, invalidCredentialsStatus,
                accessTokenTtlSeconds, audience, tokenRequestsPerWindow, tokenWindowSeconds, maxSearchResults,
                portalName, keepLinksWhenTrimming, jobFormField);
    }

    public IcimsSettings withJobFormField(String value) {
        return new IcimsSettings(counts, dailyQuota, quotaExhaustedStatus, searchErrorStatus, invalidCredentialsStatus,
                accessTokenTtlSeconds, audience, tokenRequestsPerWindow, tokenWindowSeconds, maxSearchResults,
                portalName, keepLinksWhenTrimming, value);
    }

    public IcimsSettings withMaxSearchResults(int value) {
        return new IcimsSettings(counts, dailyQuota, quotaExhaustedStatus, searchErrorStatus, invalidCredentialsStatus,
                accessTokenTtlSeconds, audience, tokenRequestsPerWindow, tokenWindowSeconds, value,
                portalName, keepLinksWhenTrimming, jobFormField);
    }
}
