package dev.atrium.sandbox.digitalrecruiters;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What each kind of mutation touched: ad references (the feed's key) and application ids, so a test can assert on
 * exactly those records. A kind may list fewer than asked for when not enough records qualify.
 *
 * @param applicationsRemovedWithJobAds applications that went away because their ad was deleted
 */
public record DigitalRecruitersMutationResult(
        @JsonProperty("deleted_job_ads") List<String> deletedJobAds,
        @JsonProperty("applications_removed_with_job_ads") List<Long> applicationsRemovedWithJobAds,
        @JsonProperty("deleted_applications") List<Long> deletedApplications,
        @JsonProperty("changed_job_ads") List<String> changedJobAds,
        @JsonProperty("closed_job_ads") List<String> closedJobAds,
        @JsonProperty("changed_applications") List<Long> changedApplications,
        @JsonProperty("created_applications") List<Long> createdApplications) {

    public DigitalRecruitersMutationResult {
        deletedJobAds = List.copyOf(deletedJobAds);
        applicationsRemovedWithJobAds = List.copyOf(applicationsRemovedWithJobAds);
        deletedApplications = List.copyOf(deletedApplications);
        changedJobAds = List.copyOf(changedJobAds);
        closedJobAds = List.copyOf(closedJobAds);
        changedApplications = List.copyOf(changedApplications);
        createdApplications = List.copyOf(createdApplications);
    }
}
