package dev.atrium.sandbox.digitalrecruiters.model;

/** Where a job ad stands; only published and internal ads appear in the job-ads feed. */
public enum JobAdStatus {
    /** Open and public: has an {@code apply_url}. */
    PUBLISHED,
    /** Open to employees only: has an {@code internal_apply_url} instead. */
    INTERNAL,
    /** Not yet published. */
    DRAFT,
    /** Filled or withdrawn: gone from the feed, still referenced by its applications. */
    CLOSED;

    public boolean inFeed() {
        return this == PUBLISHED || this == INTERNAL;
    }
}
