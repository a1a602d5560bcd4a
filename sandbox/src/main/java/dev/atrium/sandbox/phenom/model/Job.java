package dev.atrium.sandbox.phenom.model;

import java.time.Instant;
import java.util.List;

/**
 * A job as the simulator holds it; the wire fields follow {@code JobResponseDTO} (fact sheet 1.5).
 *
 * @param index       place in the generated list, which also fixes its applications' block
 * @param siteType    {@code external} (public career site) or {@code internal}
 * @param hiringManagerEmail null when the job names no hiring manager
 */
public record Job(
        int index,
        String jobId,
        String reqId,
        String title,
        String description,
        String category,
        String locale,
        String siteType,
        JobStatus status,
        String hiringManagerEmail,
        String hiringManagerName,
        List<Recruiter> multiRecruiter,
        String city,
        String state,
        String country,
        Instant postedDate) {

    public Job {
        multiRecruiter = List.copyOf(multiRecruiter);
    }

    /** The same job with another title and hiring manager. */
    public Job edited(String newTitle, String managerEmail, String managerName) {
        return new Job(index, jobId, reqId, newTitle, description, category, locale, siteType, status, managerEmail,
                managerName, multiRecruiter, city, state, country, postedDate);
    }

    /** The same job, no longer posted. */
    public Job withStatus(JobStatus newStatus) {
        return new Job(index, jobId, reqId, title, description, category, locale, siteType, newStatus,
                hiringManagerEmail, hiringManagerName, multiRecruiter, city, state, country, postedDate);
    }
}
