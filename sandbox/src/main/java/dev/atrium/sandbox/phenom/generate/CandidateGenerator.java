package dev.atrium.sandbox.phenom.generate;

import dev.atrium.sandbox.phenom.model.Candidate;
import dev.atrium.sandbox.phenom.model.Phone;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.PersonNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Computes generated candidate (person) {@code index} on demand: names, one to three email addresses, zero to two
 * phones, employer and location. Every generated address ends in the person number before the {@code @}, so an
 * email lookup finds its person without an index.
 */
public final class CandidateGenerator {

    private static final int FIRST = 5401;
    private static final int MIDDLE = 5402;
    private static final int LAST = 5403;
    private static final int EMAILS = 5404;
    private static final int PHONES = 5405;
    private static final int EMPLOYER = 5406;
    private static final int PLACE = 5407;
    private static final int UPDATED = 5408;

    private final SeededHash hash;
    private final long total;
    private final LongFunction<Instant> firstApplied;

    /** @param firstApplied when a person's own first application came in: the candidate's creation */
    CandidateGenerator(SeededHash hash, long total, LongFunction<Instant> firstApplied) {
        this.hash = hash;
        this.total = total;
        this.firstApplied = firstApplied;
    }

    public Candidate candidate(long p, String source) {
        String first = hash.pick(FIRST, p, Vocabulary.NAMES.firstNames());
        String last = hash.pick(LAST, p, Vocabulary.NAMES.lastNames());
        Instant created = firstApplied.apply(p);
        Instant updated = created.plusSeconds(hash.below(UPDATED, p, 72 * 3600));
        if (updated.isAfter(Timeline.LATEST)) {
            updated = Timeline.LATEST;
        }
        Vocabulary.Place place = hash.pick(PLACE, p, Vocabulary.PLACES);
        return new Candidate(p, Ids.candidateId(p), first, hash.pick(MIDDLE, p, Vocabulary.MIDDLE_NAMES), last,
                emailsOf(p), phones(p), hash.chance(EMPLOYER, p, 0.6) ? hash.pick(EMPLOYER, p + 1, Vocabulary.EMPLOYERS) : null,
                hash.pick(EMPLOYER, p + 2, Vocabulary.CANDIDATE_TITLES), place.city(), place.country(), source, created, updated);
    }

    /** The addresses of a generated person; the first is the primary one. */
    public List<String> emailsOf(long p) {
        String first = PersonNames.emailPart(hash.pick(FIRST, p, Vocabulary.NAMES.firstNames()));
        String last = PersonNames.emailPart(hash.pick(LAST, p, Vocabulary.NAMES.lastNames()));
        List<String> emails = new ArrayList<>();
        emails.add(first + "." + last + "." + (p + 1) + "@" + hash.pick(EMAILS, p, PersonNames.EXAMPLE_EMAIL_DOMAINS));
        int more = hash.weighted(EMAILS, p + 1, new int[] {5, 3, 2});
        if (more >= 1) {
            emails.add(first + last + (p + 1) + "@mail.example.com");
        }
        if (more >= 2) {
            emails.add(first.charAt(0) + last + (p + 1) + "@work.example.net");
        }
        return emails;
    }

    /** The generated person one of whose addresses this is, or -1. */
    public long personOfEmail(String email) {
        int at = email.indexOf('@');
        int begin = at;
        while (begin > 0 && Character.isDigit(email.charAt(begin - 1))) {
            begin--;
        }
        if (at < 0 || begin == at || at - begin > 10) {
            return -1;
        }
        long p = Long.parseLong(email.substring(begin, at)) - 1;
        return p >= 0 && p < total && emailsOf(p).stream().anyMatch(e -> e.equalsIgnoreCase(email)) ? p : -1;
    }

    private List<Phone> phones(long p) {
        int n = hash.weighted(PHONES, p, new int[] {1, 6, 3});
        List<Phone> phones = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int digits = hash.below(PHONES, p * 4 + k + 1, 10_000);
            String device = k == 0 ? "Mobile" : hash.chance(PHONES, p * 4 + k + 2, 0.5) ? "Landline" : "Work";
            phones.add(hash.chance(PHONES, p * 4 + k + 3, 0.85)
                    ? new Phone("+1", String.format("512555%04d", digits), device)
                    : new Phone("+44", String.format("7700900%03d", digits % 1000), device));
        }
        return phones;
    }

    /** A fresh US mobile number for edits and created candidates. */
    public static Phone mobile(int roll) {
        return new Phone("+1", String.format("737555%04d", Math.floorMod(roll, 10_000)), "Mobile");
    }
}
