package dev.atrium.sandbox.paycor.generate;

import dev.atrium.sandbox.paycor.PaycorCounts;
import dev.atrium.sandbox.paycor.model.AtsCandidate;
import dev.atrium.sandbox.paycor.model.Job;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import java.util.List;

/**
 * The generated base data set for one (seed, counts): company and jobs are materialised, candidates are
 * computed on demand by index. Immutable; changes live in the store's overlay.
 */
public final class PaycorDataset {

    private final long seed;
    private final PaycorCounts counts;
    private final IdCodec ids;
    private final Company company;
    private final List<Job> jobs;
    private final BlockLayout layout;
    private final CandidateGenerator candidates;

    public PaycorDataset(long seed, PaycorCounts counts, double undocumentedCodeShare) {
        SeededHash hash = new SeededHash(seed);
        this.seed = seed;
        this.counts = counts;
        this.ids = new IdCodec(seed);
        this.company = new CompanyGenerator(hash, ids, counts).generate();
        JobGenerator.Generated generated = new JobGenerator(hash, ids, counts, company).generate();
        this.jobs = List.copyOf(generated.jobs());
        this.layout = CandidateWeights.layout(hash, jobs, counts.candidates());
        this.candidates = new CandidateGenerator(hash, ids, jobs, List.copyOf(generated.windows()), layout,
                undocumentedCodeShare);
    }

    /** The legal entity id for a seed: fixed whatever the counts, since it is part of the credentials. */
    public static int legalEntityIdOf(long seed) {
        return CompanyGenerator.legalEntityId(seed);
    }

    public long seed() {
        return seed;
    }

    public PaycorCounts counts() {
        return counts;
    }

    public IdCodec ids() {
        return ids;
    }

    public Company company() {
        return company;
    }

    public List<Job> jobs() {
        return jobs;
    }

    public BlockLayout layout() {
        return layout;
    }

    public CandidateGenerator generator() {
        return candidates;
    }

    public AtsCandidate candidate(int index) {
        return candidates.candidate(index);
    }

    /** The id of generated candidate {@code index}, without building the record. */
    public String candidateId(int index) {
        return ids.encode(IdCodec.Kind.CANDIDATE, index);
    }

    /** Generated candidate index for an id, or -1. */
    public int indexOfCandidateId(String id) {
        return (int) ids.indexOf(id, IdCodec.Kind.CANDIDATE, layout.total());
    }

    public int indexOfJobId(String id) {
        return (int) ids.indexOf(id, IdCodec.Kind.JOB, jobs.size());
    }

    public int indexOfAccountId(String id) {
        return (int) ids.indexOf(id, IdCodec.Kind.ACCOUNT, company.accounts().size());
    }
}
