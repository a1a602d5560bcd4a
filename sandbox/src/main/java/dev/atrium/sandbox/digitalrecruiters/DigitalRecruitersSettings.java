package dev.atrium.sandbox.digitalrecruiters;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.sandbox.digitalrecruiters.model.StatusLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Behaviour of the Digital Recruiters simulator. Defaults follow the fact sheet (section 3); where it only
 * guesses ([G]), the guess is the default and the alternatives are reachable here.
 *
 * @param counts                   size of the generated account
 * @param limitDefault             applications per page without {@code limit} [D: 50]
 * @param limitMax                 largest {@code limit} served; larger ones are clamped [G: 100]
 * @param accessTokenTtlSeconds    lifetime of a login token before the API answers 401 [G: 3600]
 * @param feedCacheSeconds         the feed is regenerated at most this often [D: 4 h]; 0 serves live data
 * @param statusLabels             raw {@code status} literal of each of the seven levels, in their order
 *                                 [G: the global stage names]
 * @param badTokenStatus           status answering a wrong feed or apply token in the path [G: 404]
 * @param acceptedWithoutFile      apply answers 202 ("some information is missing") without a CV file,
 *                                 otherwise always 201 [G: yes]
 * @param applyResponseId          apply answers {@code {"id": n}} instead of {@code {}} [G: no]
 * @param recruiterContactInFeed   {@code referent_recruiter} also carries email and phoneNumber [G: no]
 * @param rateLimitPerWindow       public API requests per window and API key, 0 = unlimited [G: 600]
 * @param rateLimitWindowSeconds   length of the rate-limit window [G: 60]
 */
public record DigitalRecruitersSettings(
        @JsonProperty("counts") DigitalRecruitersCounts counts,
        @JsonProperty("limit_default") int limitDefault,
        @JsonProperty("limit_max") int limitMax,
        @JsonProperty("access_token_ttl_seconds") int accessTokenTtlSeconds,
        @JsonProperty("feed_cache_seconds") int feedCacheSeconds,
        @JsonProperty("status_labels") List<String> statusLabels,
        @JsonProperty("bad_token_status") int badTokenStatus,
        @JsonProperty("accepted_without_file") boolean acceptedWithoutFile,
        @JsonProperty("apply_response_id") boolean applyResponseId,
        @JsonProperty("recruiter_contact_in_feed") boolean recruiterContactInFeed,
        @JsonProperty("rate_limit_per_window") int rateLimitPerWindow,
        @JsonProperty("rate_limit_window_seconds") int rateLimitWindowSeconds) {

    public static final List<String> GLOBAL_STAGE_NAMES = List.of(
            "Application", "Preselection", "Qualification", "Interview", "Offer", "Hiring", "Refusal");

    public DigitalRecruitersSettings {
        Objects.requireNonNull(counts, "counts");
        statusLabels = List.copyOf(statusLabels == null ? GLOBAL_STAGE_NAMES : statusLabels);
        if (limitMax < 1 || limitDefault < 1 || limitDefault > limitMax) {
            throw new IllegalArgumentException("need 1 <= limit_default <= limit_max");
        }
        if (accessTokenTtlSeconds < 1 || feedCacheSeconds < 0) {
            throw new IllegalArgumentException("need access_token_ttl_seconds >= 1 and feed_cache_seconds >= 0");
        }
        if (statusLabels.size() != StatusLevel.values().length || new HashSet<>(statusLabels).size() != statusLabels.size()
                || statusLabels.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("status_labels must be 7 distinct non-blank labels, one per level");
        }
        if (badTokenStatus < 400 || badTokenStatus > 499) {
            throw new IllegalArgumentException("bad_token_status must be a 4xx status");
        }
        if (rateLimitPerWindow < 0 || rateLimitWindowSeconds < 1) {
            throw new IllegalArgumentException("need rate_limit_per_window >= 0 and rate_limit_window_seconds >= 1");
        }
    }

    public static DigitalRecruitersSettings defaults() {
        return new DigitalRecruitersSettings(DigitalRecruitersCounts.defaults(), 50, 100, 3600, 4 * 3600,
                GLOBAL_STAGE_NAMES, 404, true, false, false, 600, 60);
    }

    /** The raw literal for a level. */
    public String label(StatusLevel level) {
        return statusLabels.get(level.ordinal());
    }

    public DigitalRecruitersSettings withCounts(DigitalRecruitersCounts value) {
        return new DigitalRecruitersSettings(value, limitDefault, limitMax, accessTokenTtlSeconds, feedCacheSeconds,
                statusLabels, badTokenStatus, acceptedWithoutFile, applyResponseId, recruiterContactInFeed,
                rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public DigitalRecruitersSettings withFeedCacheSeconds(int value) {
        return new DigitalRecruitersSettings(counts, limitDefault, limitMax, accessTokenTtlSeconds, value,
                statusLabels, badTokenStatus, acceptedWithoutFile, applyResponseId, recruiterContactInFeed,
                rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public DigitalRecruitersSettings withAccessTokenTtlSeconds(int value) {
        return new DigitalRecruitersSettings(counts, limitDefault, limitMax, value, feedCacheSeconds,
                statusLabels, badTokenStatus, acceptedWithoutFile, applyResponseId, recruiterContactInFeed,
                rateLimitPerWindow, rateLimitWindowSeconds);
    }

    public DigitalRecruitersSettings withRateLimit(int perWindow, int windowSeconds) {
        return new DigitalRecruitersSettings(counts, limitDefault, limitMax, accessTokenTtlSeconds, feedCacheSeconds,
                statusLabels, badTokenStatus, acceptedWithoutFile, applyResponseId, recruiterContactInFeed,
                perWindow, windowSeconds);
    }
}
