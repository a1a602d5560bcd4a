package dev.atrium.sandbox.digitalrecruiters.generate;

import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.model.JobAdStatus;
import dev.atrium.sandbox.digitalrecruiters.model.StatusLevel;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import dev.atrium.sandbox.support.generate.PersonNames;
import dev.atrium.sandbox.support.generate.RepeatPeople;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Computes generated application {@code index} on demand. Person fields derive from a person index; each person
 * has two emails and two phone numbers, and a person applying again may use the other ones, as real repeat
 * candidates do. Application fields (level, dates, origin) derive from the application index.
 */
public final class ApplicationGenerator {

    private static final int FIRST = 401;
    private static final int LAST = 402;
    private static final int DOMAIN = 403;
    private static final int PHONE = 404;
    private static final int CONTACT_CHOICE = 405;
    private static final int GENDER = 406;
    private static final int PLACE = 407;
    private static final int TITLE = 408;
    private static final int LEVEL = 409;
    private static final int HIRE_SLOT = 410;
    private static final int UPDATED = 411;
    private static final int ORIGIN = 412;
    private static final int CV = 413;
    private static final int ARRIVAL = 414;
    private static final int REPEAT = 415;
    private static final int REPEAT_TARGET = 416;
    private static final int[] OPEN_LEVEL_WEIGHTS = {30, 20, 12, 10, 3, 2, 23};

    private final SeededHash hash;
    private final List<JobAd> ads;
    private final BlockLayout layout;
    private final RepeatPeople repeats;

    ApplicationGenerator(SeededHash hash, List<JobAd> ads, BlockLayout layout) {
        this.hash = hash;
        this.ads = ads;
        this.layout = layout;
        this.repeats = new RepeatPeople(hash, layout, REPEAT, REPEAT_TARGET, 0.08);
    }

    public Application application(int index) {
        int job = layout.ownerOf(index);
        int person = repeats.personOf(index);
        // A person's first application uses their first contacts; a later one may use either.
        int contact = person == index ? 0 : hash.below(CONTACT_CHOICE, index, 2);
        Instant created = Timeline.arrival(index, hash.unit(ARRIVAL, index), layout.total());
        StatusLevel level = level(index, ads.get(job));
        Vocabulary.City city = hash.pick(PLACE, person, Vocabulary.CITIES);
        boolean external = hash.chance(ORIGIN, index + 1L, 0.25);
        return new Application(IdSpace.APPLICATION_BASE + index, job, firstName(person), lastName(person),
                email(person, contact), phone(person, contact), hash.chance(GENDER, person, 0.9) ? 1 + hash.below(GENDER, person + 1L, 2) : null,
                hash.chance(TITLE, person, 0.7) ? hash.pick(TITLE, person + 1L, Vocabulary.CANDIDATE_TITLES) : null,
                hash.chance(PLACE, person + 1L, 0.5) ? (1 + hash.below(PLACE, person + 2L, 120)) + " " + hash.pick(PLACE, person + 3L, Vocabulary.STREETS) : null,
                city.zip(), city.name(), "France", hash.chance(PLACE, person + 4L, 0.85) ? "fr_FR" : "en_FR",
                hash.pick(TITLE, person + 2L, Vocabulary.EDUCATION_LEVELS), hash.pick(TITLE, person + 3L, Vocabulary.EXPERIENCE_LEVELS),
                level, level == StatusLevel.REFUSAL ? hash.pick(LEVEL, index + 1L, Vocabulary.REJECTED_REASONS) : null,
                hash.pick(ORIGIN, index, Vocabulary.ORIGINS), false, hash.chance(ORIGIN, index + 2L, 0.05), external,
                hash.chance(CV, index, 0.75) ? "cv.pdf" : null, null, created, updatedAt(index, level, created));
    }

    public String firstName(int person) {
        return hash.pick(FIRST, person, Vocabulary.FIRST_NAMES);
    }

    public String lastName(int person) {
        return hash.pick(LAST, person, Vocabulary.LAST_NAMES);
    }

    /** A person's emails: {@code first.lastN@...} and {@code flastN@...} on another domain. */
    public String email(int person, int which) {
        String first = PersonNames.emailPart(firstName(person));
        String last = PersonNames.emailPart(lastName(person));
        int domain = hash.below(DOMAIN, person, PersonNames.EXAMPLE_EMAIL_DOMAINS.size());
        return which == 0 ? first + "." + last + (person + 1) + "@" + PersonNames.EXAMPLE_EMAIL_DOMAINS.get(domain)
                : first.charAt(0) + last + (person + 1) + "@"
                        + PersonNames.EXAMPLE_EMAIL_DOMAINS.get((domain + 1) % PersonNames.EXAMPLE_EMAIL_DOMAINS.size());
    }

    /** A person's phones: a national mobile and an international one; some people give none. */
    public String phone(int person, int which) {
        if (!hash.chance(PHONE, person, 0.85)) {
            return null;
        }
        return Vocabulary.phoneNumber(hash.below(PHONE, person * 2L + which + 1, 10_000), which == 1);
    }

    /** The person a generated application stands for. */
    public int personOf(int index) {
        return repeats.personOf(index);
    }

    private StatusLevel level(int index, JobAd ad) {
        if (ad.status() == JobAdStatus.CLOSED) {
            int p = ad.index();
            if (layout.size(p) > 0 && hash.below(HIRE_SLOT, p, layout.size(p)) == index - layout.start(p)) {
                return StatusLevel.HIRING;
            }
            return hash.chance(LEVEL, index, 0.8) ? StatusLevel.REFUSAL : StatusLevel.values()[hash.below(LEVEL, index + 2L, 3)];
        }
        return StatusLevel.values()[hash.weighted(LEVEL, index, OPEN_LEVEL_WEIGHTS)];
    }

    /** Each level reached took a few days; a new application was never touched since. */
    private Instant updatedAt(int index, StatusLevel level, Instant created) {
        if (level == StatusLevel.APPLICATION) {
            return created;
        }
        int steps = level == StatusLevel.REFUSAL ? 1 + hash.below(UPDATED, index + 1L, 3) : level.ordinal();
        Instant updated = created.plus(Duration.ofMinutes(30 + hash.below(UPDATED, index, steps * 4 * 24 * 60)));
        Instant latest = Timeline.notAfterLatest(updated);
        return latest.isBefore(created) ? created : latest;
    }
}
