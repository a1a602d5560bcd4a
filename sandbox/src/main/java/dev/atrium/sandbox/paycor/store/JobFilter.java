package dev.atrium.sandbox.paycor.store;

import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.paycor.model.JobStatus;

/** The {@code status} and {@code postedToCareers} filters of the jobs list; null means not filtered. */
public record JobFilter(JobStatus status, Boolean postedToCareers) {

    public static JobFilter none() {
        return new JobFilter(null, null);
    }

    public boolean matches(Job job) {
        return (status == null || job.status() == status)
                && (postedToCareers == null || job.postings().careers() == postedToCareers);
    }
}
