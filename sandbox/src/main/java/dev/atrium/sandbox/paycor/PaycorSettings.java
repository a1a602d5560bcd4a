package dev.atrium.sandbox.paycor;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.paycor.auth.AtsScope;
import java.util.Objects;
import java.util.List;

/**
 * Behaviour of the Paycor simulator. Defaults follow the fact sheet (part B); where it only guesses
 * ([G]), the guess is the default and the alternatives are reachable here.
 *
 * @param counts                       size of the generated tenant
 * @param undocumentedCodeShare        share of candidates read with stage/status codes outside the documented
 *                                     create table [G: 0.03]; changing it regenerates the data
 * @param pageSize                     records per page [D: at most 100]
 * @param accessTokenTtlSeconds        {@code expires_in} of access tokens [O: 1800]
 * @param continuationTokenTtlSeconds  how long a continuation token stays valid [G: 24 h]
 * @param rateLimitPerWindow           calls per window and subscription key, 0 = unlimited [D: 1000]
 * @param rateLimitWindowSeconds       length of the rate-limit window [D: 60]
 * @param retryAfterHeader             429 answers carry {@code Retry-After} [G: yes]
 * @param rateLimitStatusCodeInBody    429 body also has {@code "statusCode": 429} as Azure APIM may add [G: no]
 * @param userListsNullUnlessIncluded  job user lists are null, not [], when not asked for by include [G: null]
 * @param candidateDateFormat          candidate created/modified dates [D example: us_date]
 * @param dateFilterMatch              what createdOrModified* windows test [G: modified]
 * @param rejectInvalidDateFilter      an unparseable date filter is a 400, else it is ignored [G: 400]
 * @param refreshErrorBody             body of a refused refresh [G: oauth]
 * @param createResponseUrl            {@code resourceUrl.url} shape on create [G: candidate_path]
 * @param acceptPascalCaseInput        create-candidate bodies may use PascalCase keys [G: yes]
 * @param additionalResultsUrlParam    parameter carrying the token in additionalResultsUrl
 *                                     [D param name: continuationToken; vendor sample: continuationTokenId]
 * @param closedJobCreateStatus        status refusing a create on a closed, filled or denied job; 0 accepts it [G: 0]
 * @param grantedScopes                the ATS scopes the app was granted; an operation outside them is a 403
 *                                     [D: 403 on a missing scope; default: all five documented ATS scopes]
 */
public record PaycorSettings(
        @JsonProperty("counts") PaycorCounts counts,
        @JsonProperty("undocumented_code_share") double undocumentedCodeShare,
        @JsonProperty("page_size") int pageSize,
        @JsonProperty("access_token_ttl_seconds") int accessTokenTtlSeconds,
        @JsonProperty("continuation_token_ttl_seconds") int continuationTokenTtlSeconds,
        @JsonProperty("rate_limit_per_window") int rateLimitPerWindow,
        @JsonProperty("rate_limit_window_seconds") int rateLimitWindowSeconds,
        @JsonProperty("retry_after_header") boolean retryAfterHeader,
        @JsonProperty("rate_limit_status_code_in_body") boolean rateLimitStatusCodeInBody,
        @JsonProperty("user_lists_null_unless_included") boolean userListsNullUnlessIncluded,
        @JsonProperty("candidate_date_format") CandidateDateFormat candidateDateFormat,
        @JsonProperty("date_filter_match") DateFilterMatch dateFilterMatch,
        @JsonProperty("reject_invalid_date_filter") boolean rejectInvalidDateFilter,
        @JsonProperty("refresh_error_body") RefreshErrorBody refreshErrorBody,
        @JsonProperty("create_response_url") CreateResponseUrl createResponseUrl,
        @JsonProperty("accept_pascal_case_input") boolean acceptPascalCaseInput,
        @JsonProperty("additional_results_url_param") String additionalResultsUrlParam,
        @JsonProperty("closed_job_create_status") int closedJobCreateStatus,
        @JsonProperty("granted_scopes") List<String> grantedScopes) {

    public static final int MAX_PAGE_SIZE = 100;
    private static final List<String> TOKEN_PARAMS = List.of("continuationToken", "continuationTokenId");

    public PaycorSettings {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(candidateDateFormat, "candidate_date_format");
        Objects.requireNonNull(dateFilterMatch, "date_filter_match");
        Objects.requireNonNull(refreshErrorBody, "refresh_error_body");
        Objects.requireNonNull(createResponseUrl, "create_response_url");
        grantedScopes = List.copyOf(Objects.requireNonNull(grantedScopes, "granted_scopes"));
        if (!AtsScope.titles().containsAll(grantedScopes)) {
            throw new IllegalArgumentException("granted_scopes must be among " + AtsScope.titles());
        }
        if (!(undocumentedCodeShare >= 0 && undocumentedCodeShare <= 1)) {
            throw new IllegalArgumentException("undocumented_code_share must be between 0 and 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (accessTokenTtlSeconds < 1 || continuationTokenTtlSeconds < 1) {
            throw new IllegalArgumentException("token lifetimes must be at least one second");
        }
        if (rateLimitPerWindow < 0 || rateLimitWindowSeconds < 1) {
            throw new IllegalArgumentException("need rate_limit_per_window >= 0 and rate_limit_window_seconds >= 1");
        }
        if (!TOKEN_PARAMS.contains(additionalResultsUrlParam)) {
            throw new IllegalArgumentException("additional_results_url_param must be one of " + TOKEN_PARAMS);
        }
        if (closedJobCreateStatus != 0 && (closedJobCreateStatus < 400 || closedJobCreateStatus > 499)) {
            throw new IllegalArgumentException("closed_job_create_status must be 0 or a 4xx status");
        }
    }

    public static PaycorSettings defaults() {
        return new PaycorSettings(PaycorCounts.defaults(), 0.03, MAX_PAGE_SIZE, 1800, 86_400, 1000, 60,
                true, false, true, CandidateDateFormat.US_DATE, DateFilterMatch.MODIFIED, true,
                RefreshErrorBody.OAUTH, CreateResponseUrl.CANDIDATE_PATH, true, "continuationToken", 0, AtsScope.titles());
    }

    /** Whether the app was granted {@code scope}. */
    public boolean grants(AtsScope scope) {
        return grantedScopes.contains(scope.title());
    }

    /** Whether two settings generate the same data set (the rest only changes behaviour). */
    public boolean sameData(PaycorSettings other) {
        return counts.equals(other.counts) && undocumentedCodeShare == other.undocumentedCodeShare;
    }

    public PaycorSettings withCounts(PaycorCounts value) {
        return new PaycorSettings(value, undocumentedCodeShare, pageSize, accessTokenTtlSeconds,
                continuationTokenTtlSeconds, rateLimitPerWindow, rateLimitWindowSeconds, retryAfterHeader,
                rateLimitStatusCodeInBody, userListsNullUnlessIncluded, candidateDateFormat, dateFilterMatch,
                rejectInvalidDateFilter, refreshErrorBody, createResponseUrl, acceptPascalCaseInput,
                additionalResultsUrlParam, closedJobCreateStatus, grantedScopes);
    }

    public PaycorSettings withPageSize(int value) {
        return new PaycorSettings(counts, undocumentedCodeShare, value, accessTokenTtlSeconds,
                continuationTokenTtlSeconds, rateLimitPerWindow, rateLimitWindowSeconds, retryAfterHeader,
                rateLimitStatusCodeInBody, userListsNullUnlessIncluded, candidateDateFormat, dateFilterMatch,
                rejectInvalidDateFilter, refreshErrorBody, createResponseUrl, acceptPascalCaseInput,
                additionalResultsUrlParam, closedJobCreateStatus, grantedScopes);
    }

    public PaycorSettings withAccessTokenTtlSeconds(int value) {
        return new PaycorSettings(counts, undocumentedCodeShare, pageSize, value,
                continuationTokenTtlSeconds, rateLimitPerWindow, rateLimitWindowSeconds, retryAfterHeader,
                rateLimitStatusCodeInBody, userListsNullUnlessIncluded, candidateDateFormat, dateFilterMatch,
                rejectInvalidDateFilter, refreshErrorBody, createResponseUrl, acceptPascalCaseInput,
                additionalResultsUrlParam, closedJobCreateStatus, grantedScopes);
    }

    public PaycorSettings withContinuationTokenTtlSeconds(int value) {
        return new PaycorSettings(counts, undocumentedCodeShare, pageSize, accessTokenTtlSeconds,
                value, rateLimitPerWindow, rateLimitWindowSeconds, retryAfterHeader,
                rateLimitStatusCodeInBody, userListsNullUnlessIncluded, candidateDateFormat, dateFilterMatch,
                rejectInvalidDateFilter, refreshErrorBody, createResponseUrl, acceptPascalCaseInput,
                additionalResultsUrlParam, closedJobCreateStatus, grantedScopes);
    }

    public PaycorSettings withRateLimit(int perWindow, int windowSeconds) {
        return new PaycorSettings(counts, undocumentedCodeShare, pageSize, accessTokenTtlSeconds,
                continuationTokenTtlSeconds, perWindow, windowSeconds, retryAfterHeader,
                rateLimitStatusCodeInBody, userListsNullUnlessIncluded, candidateDateFormat, dateFilterMatch,
                rejectInvalidDateFilter, refreshErrorBody, createResponseUrl, acceptPascalCaseInput,
                additionalResultsUrlParam, closedJobCreateStatus, grantedScopes);
    }
}
