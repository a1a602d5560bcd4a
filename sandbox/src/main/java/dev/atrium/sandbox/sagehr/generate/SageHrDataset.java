package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.sagehr.SageHrCounts;
import dev.atrium.sandbox.sagehr.model.Applicant;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import java.util.List;

/**
 * The generated base data set for one (seed, counts): company and positions are materialised,
 * applicants are computed on demand by index. Immutable; changes live in an overlay.
 */
public final class SageHrDataset {

    private static final int TOKEN = 901;

    private final long seed;
    private final SageHrCounts counts;
    private final Company company;
    private final List<RecruitmentPosition> positions;
    private final BlockLayout layout;
    private final ApplicantGenerator applicants;

    public SageHrDataset(long seed, SageHrCounts counts) {
        SeededHash hash = new SeededHash(seed);
        this.seed = seed;
        this.counts = counts;
        this.company = new CompanyGenerator(hash, counts).generate();
        this.positions = List.copyOf(new PositionGenerator(hash, counts).generate());
        this.layout = ApplicantWeights.layout(hash, positions, counts.applicants());
        this.applicants = new ApplicantGenerator(hash, company, positions, layout);
    }

    /** The API token the simulator accepts: 40 hex characters derived from the seed alone. */
    public static String apiToken(long seed) {
        return new SeededHash(seed).hex(TOKEN, 3).substring(0, 40);
    }

    public long seed() {
        return seed;
    }

    public SageHrCounts counts() {
        return counts;
    }

    public Company company() {
        return company;
    }

    public List<RecruitmentPosition> positions() {
        return positions;
    }

    public BlockLayout layout() {
        return layout;
    }

    public ApplicantGenerator generator() {
        return applicants;
    }

    public Applicant applicant(int index) {
        return applicants.applicant(index);
    }

    /** Generated applicant index for an id, or -1 when the id is not a generated applicant. */
    public int indexOfApplicantId(long id) {
        long index = id - IdSpace.APPLICANT_BASE;
        return index >= 0 && index < layout.total() ? (int) index : -1;
    }
}
