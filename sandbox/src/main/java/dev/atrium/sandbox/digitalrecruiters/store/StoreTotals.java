package dev.atrium.sandbox.digitalrecruiters.store;

/** Live record counts and what the overlay changed, for the control API's state. */
public record StoreTotals(
        int jobAds,
        int openJobAds,
        long applications,
        int deletedJobAds,
        long deletedApplications,
        long applicationsRemovedWithJobAds,
        int changedJobAds,
        int closedJobAds,
        int changedApplications,
        int createdApplications,
        long mutationCalls) {
}
