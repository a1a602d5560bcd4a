package dev.atrium.sandbox.icims.model;

import java.time.Instant;

/**
 * A job profile (fact sheet A7.1). The hiring team are person ids of users; a posted job is on the career
 * portal. Nullable fields are omitted on read.
 *
 * @param reason    a single-list custom field
 * @param formName  the iForm candidates answer when applying, null for none (tenant config, a guess)
 * @param salaryMin tenant SALARY custom field, as pay ranges are (fact sheet A7.1, a guess)
 */
public record Job(int index, long id, String jobNumber, String title, ListNode folder, ListNode positionType,
        ListNode department, ListNode positionCategory, ListNode reason, String formName, int openings, String overview, JobLocation location,
        long hiringManagerId, long recruiterId, Long secondaryRecruiterId, Salary salaryMin, Salary salaryMax,
        boolean posted, Instant postDate, Instant created, Instant updated) {

    /** After an edit: new title and openings, dated {@code at}. */
    public Job edited(String newTitle, int newOpenings, Instant at) {
        return new Job(index, id, jobNumber, newTitle, folder, positionType, department, positionCategory, reason, formName, newOpenings,
                overview, location, hiringManagerId, recruiterId, secondaryRecruiterId, salaryMin, salaryMax, posted,
                postDate, created, at);
    }

    /** Closed: in the closed folder and off the portal, dated {@code at}. */
    public Job closed(ListNode closedFolder, Instant at) {
        return new Job(index, id, jobNumber, title, closedFolder, positionType, department, positionCategory, reason, formName, openings,
                overview, location, hiringManagerId, recruiterId, secondaryRecruiterId, salaryMin, salaryMax, false,
                null, created, at);
    }
}
