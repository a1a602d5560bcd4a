package dev.atrium.sandbox.digitalrecruiters.generate;

import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersCounts;
import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.model.JobAdStatus;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import java.util.List;

/**
 * The generated base data set for one (seed, counts): organisation and ads are materialised, applications are
 * computed on demand by index, so a million of them cost no memory. Immutable; changes live in an overlay.
 */
public final class DigitalRecruitersDataset {

    private final long seed;
    private final DigitalRecruitersCounts counts;
    private final Organisation organisation;
    private final List<JobAd> ads;
    private final BlockLayout layout;
    private final ApplicationGenerator applications;

    public DigitalRecruitersDataset(long seed, DigitalRecruitersCounts counts) {
        SeededHash hash = new SeededHash(seed);
        this.seed = seed;
        this.counts = counts;
        this.organisation = Organisation.generate(hash, counts);
        JobAdGenerator jobs = new JobAdGenerator(hash, counts);
        JobAdStatus[] statuses = jobs.statuses();
        this.layout = jobs.layout(statuses);
        this.ads = List.copyOf(jobs.generate(statuses, layout));
        this.applications = new ApplicationGenerator(hash, ads, layout);
    }

    public long seed() {
        return seed;
    }

    public DigitalRecruitersCounts counts() {
        return counts;
    }

    public Organisation organisation() {
        return organisation;
    }

    public List<JobAd> ads() {
        return ads;
    }

    public BlockLayout layout() {
        return layout;
    }

    public ApplicationGenerator generator() {
        return applications;
    }

    public Application application(int index) {
        return applications.application(index);
    }

    /** Generated application index for an id, or -1 when the id is not a generated application. */
    public int indexOfApplicationId(long id) {
        long index = id - IdSpace.APPLICATION_BASE;
        return index >= 0 && index < layout.total() ? (int) index : -1;
    }
}
