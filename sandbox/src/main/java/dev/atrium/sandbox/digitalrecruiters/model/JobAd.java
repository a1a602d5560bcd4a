package dev.atrium.sandbox.digitalrecruiters.model;

import java.time.Instant;
import java.util.List;

/**
 * A job ad. {@code reference} is the feed's key and what apply takes; {@code adId} and {@code hashId} are the
 * identifiers the public API's applications carry for the same ad.
 *
 * @param index       position in the generated list
 * @param closedAt    when it left the feed, null while open or draft
 */
public record JobAd(
        int index,
        long adId,
        String reference,
        String hashId,
        JobAdStatus status,
        String title,
        String catchPhrase,
        String contractType,
        String contractWorkPeriod,
        Integer contractMinMonths,
        Integer contractMaxMonths,
        String service,
        String serviceRef,
        String experienceLevel,
        String educationLevel,
        String description,
        String profile,
        List<String> skills,
        Integer salaryMin,
        Integer salaryMax,
        String salaryKind,
        int entityIndex,
        int recruiterIndex,
        List<CustomField> customFields,
        Instant createdAt,
        Instant publishedAt,
        Instant closedAt) {

    public JobAd {
        skills = List.copyOf(skills);
        customFields = List.copyOf(customFields);
    }

    /** The same ad under a new title, as after an edit. */
    public JobAd retitled(String newTitle) {
        return new JobAd(index, adId, reference, hashId, status, newTitle, catchPhrase, contractType,
                contractWorkPeriod, contractMinMonths, contractMaxMonths, service, serviceRef, experienceLevel,
                educationLevel, description, profile, skills, salaryMin, salaryMax, salaryKind, entityIndex,
                recruiterIndex, customFields, createdAt, publishedAt, closedAt);
    }

    /** The same ad closed at {@code at}: it leaves the feed. */
    public JobAd closed(Instant at) {
        return new JobAd(index, adId, reference, hashId, JobAdStatus.CLOSED, title, catchPhrase, contractType,
                contractWorkPeriod, contractMinMonths, contractMaxMonths, service, serviceRef, experienceLevel,
                educationLevel, description, profile, skills, salaryMin, salaryMax, salaryKind, entityIndex,
                recruiterIndex, customFields, createdAt, publishedAt, at);
    }
}
