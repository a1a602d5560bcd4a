package dev.atrium.sandbox.sagehr.generate;

import dev.atrium.sandbox.sagehr.model.Applicant;
import dev.atrium.sandbox.sagehr.model.ApplicantAction;
import dev.atrium.sandbox.sagehr.model.Attachment;
import dev.atrium.sandbox.sagehr.model.Employee;
import dev.atrium.sandbox.sagehr.model.PositionStatus;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.sagehr.model.Referrer;
import dev.atrium.sandbox.support.SeededHash;
import dev.atrium.sandbox.support.generate.BlockLayout;
import dev.atrium.sandbox.support.generate.PersonNames;
import dev.atrium.sandbox.support.generate.RepeatPeople;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes generated applicant {@code index} on demand. Person fields (name, email, phone, address)
 * derive from a person index, so a few people apply to more than one position under the same email;
 * application fields (source, dates, stage, history) derive from the applicant index.
 */
public final class ApplicantGenerator {

    private static final int FIRST = 401;
    private static final int LAST = 402;
    private static final int DOMAIN = 403;
    private static final int PHONE = 404;
    private static final int ADDRESS = 405;
    private static final int SUMMARY = 406;
    private static final int SOURCE = 407;
    private static final int CREATED = 408;
    private static final int OUTCOME = 409;
    private static final int STAGE = 410;
    private static final int HIRE_SLOT = 411;
    private static final int DECISION = 412;
    private static final int VISIT = 413;
    private static final int ADDED_BY = 414;
    private static final int REFERRER = 415;
    private static final int ATTACHMENT = 416;
    private static final int REPEAT = 417;
    private static final int REPEAT_TARGET = 418;
    private static final List<String> BUILT_IN_SOURCES = List.of("company_marketing", "recruiters", "referral", "sourced", "api");
    private static final int[] SOURCE_WEIGHTS = {30, 12, 10, 12, 8, 28};
    private static final Duration MAX_DECISION = Duration.ofDays(45);
    private static final Instant LATEST = Timeline.GENERATED_AT.minus(Duration.ofHours(2));

    private final SeededHash hash;
    private final Company company;
    private final List<RecruitmentPosition> positions;
    private final BlockLayout layout;
    private final RepeatPeople repeats;

    ApplicantGenerator(SeededHash hash, Company company, List<RecruitmentPosition> positions, BlockLayout layout) {
        this.hash = hash;
        this.company = company;
        this.positions = positions;
        this.layout = layout;
        this.repeats = new RepeatPeople(hash, layout, REPEAT, REPEAT_TARGET, 0.06);
    }

    public Applicant applicant(int index) {
        int p = layout.ownerOf(index);
        RecruitmentPosition position = positions.get(p);
        int person = personOf(index);
        String first = hash.pick(FIRST, person, PeopleNames.FIRST_NAMES);
        String last = hash.pick(LAST, person, PeopleNames.LAST_NAMES);
        String source = source(index);
        Instant created = createdAt(index, position);
        Outcome outcome = outcome(index, position);
        int stage = stageFor(index, position, outcome);
        Instant decided = decisionAt(index, created);
        List<ApplicantAction> actions = new ArrayList<>();
        actions.add(ApplicantAction.created(created));
        Attachment attachment = null;
        if (hash.chance(ATTACHMENT, index, 0.7)) {
            attachment = attachment(index, first, last);
            actions.add(ApplicantAction.uploaded(attachment.fileName(), created.plusSeconds(5 + hash.below(ATTACHMENT, index + 1, 170))));
        }
        List<Integer> path = path(index, stage);
        Instant lastMove = created;
        for (int m = 0; m < path.size(); m++) {
            Instant at = created.plus(Duration.between(created, decided).multipliedBy(m + 1).dividedBy(path.size() + (outcome == Outcome.HIRED ? 0 : 1)));
            int from = m == 0 ? 0 : path.get(m - 1);
            actions.add(ApplicantAction.moved(position.pipeline().title(from), position.pipeline().title(path.get(m)), at));
            lastMove = at;
        }
        LocalDate hired = outcome == Outcome.HIRED ? Timeline.dateOf(lastMove) : null;
        LocalDate disqualified = outcome == Outcome.DISQUALIFIED ? Timeline.dateOf(decided) : null;
        return new Applicant(IdSpace.APPLICANT_BASE + index, p, first, last, emailOf(person),
                address(person), phone(person), hash.chance(SUMMARY, person, 0.5) ? hash.pick(SUMMARY, person + 1, JobCatalog.SUMMARIES) : null,
                source, created, disqualified, hired, stage, addedBy(index, position, source),
                "referral".equals(source) ? referrer(index) : null, attachment, actions);
    }

    /** The current stage of a generated applicant, without building the rest of the record. */
    public int stageIndex(int index) {
        RecruitmentPosition position = positions.get(layout.ownerOf(index));
        return stageFor(index, position, outcome(index, position));
    }

    /** The email generated for a person index. */
    public String emailOf(int person) {
        String first = hash.pick(FIRST, person, PeopleNames.FIRST_NAMES);
        String last = hash.pick(LAST, person, PeopleNames.LAST_NAMES);
        return PersonNames.emailLocalPart(first, last) + (person + 1)
                + "@" + hash.pick(DOMAIN, person, PersonNames.EXAMPLE_EMAIL_DOMAINS);
    }

    /** The person index whose generated email this is, or -1. */
    public int personOfEmail(String email) {
        int at = email.indexOf('@');
        int end = at;
        int begin = end;
        while (begin > 0 && Character.isDigit(email.charAt(begin - 1))) {
            begin--;
        }
        if (at < 0 || begin == end || end - begin > 9) {
            return -1;
        }
        int person = Integer.parseInt(email.substring(begin, end)) - 1;
        return person >= 0 && person < layout.total() && emailOf(person).equalsIgnoreCase(email) ? person : -1;
    }

    /** Some applicants are a person who applied earlier to another position. */
    public int personOf(int index) {
        return repeats.personOf(index);
    }

    private String phone(int person) {
        if (!hash.chance(PHONE, person, 0.8)) {
            return null;
        }
        int digits = hash.below(PHONE, person + 7L, 1000);
        return switch (hash.below(PHONE, person + 13L, 3)) {
            case 0 -> String.format("+44 7700 900%03d", digits);
            case 1 -> String.format("07700 900%03d", digits);
            default -> String.format("+1 555-01%02d", digits % 100);
        };
    }

    private String address(int person) {
        if (!hash.chance(ADDRESS, person, 0.6)) {
            return null;
        }
        PeopleNames.City city = hash.pick(ADDRESS, person + 3L, PeopleNames.CITIES);
        return (1 + hash.below(ADDRESS, person + 5L, 200)) + " " + hash.pick(ADDRESS, person + 9L, PeopleNames.STREETS)
                + ", " + city.name() + " " + city.postCodePrefix();
    }

    private String source(int index) {
        int kind = hash.weighted(SOURCE, index, SOURCE_WEIGHTS);
        return kind < BUILT_IN_SOURCES.size() ? BUILT_IN_SOURCES.get(kind) : hash.pick(SOURCE, index + 1L, JobCatalog.CUSTOM_SOURCES);
    }

    /** Within a position, applicants arrive in index order between opening and closing. */
    private Instant createdAt(int index, RecruitmentPosition position) {
        LocalDate openedOn = position.internalDate() != null ? position.internalDate() : position.createdAt();
        Instant open = Timeline.startOf(openedOn).plus(Duration.ofHours(10));
        // Nobody applies before the pipeline exists: stage.created_at never postdates an applicant.
        if (open.isBefore(position.pipelineCreatedAt().plus(Duration.ofHours(1)))) {
            open = position.pipelineCreatedAt().plus(Duration.ofHours(1));
        }
        Instant close = position.closedOn() != null ? Timeline.startOf(position.closedOn()).plus(Duration.ofHours(17)) : LATEST;
        if (close.isAfter(LATEST)) {
            close = LATEST;
        }
        if (!close.isAfter(open)) {
            close = open.plus(Duration.ofHours(1));
        }
        return layout.arrival(position.index(), index, hash.unit(CREATED, index), open, close);
    }

    private Instant decisionAt(int index, Instant created) {
        Instant limit = created.plus(MAX_DECISION);
        if (limit.isAfter(LATEST)) {
            limit = LATEST;
        }
        long room = Math.max(600, Duration.between(created, limit).getSeconds());
        return created.plusSeconds(600 + (long) (hash.unit(DECISION, index) * (room - 600)));
    }

    private enum Outcome { ACTIVE, HIRED, DISQUALIFIED }

    private Outcome outcome(int index, RecruitmentPosition position) {
        int p = position.index();
        int k = index - layout.start(p);
        double roll = hash.unit(OUTCOME, index);
        PositionStatus status = position.status();
        if (status == PositionStatus.COMPLETED) {
            for (int j = 0; j < position.applicantsRequired(); j++) {
                if (hash.below(HIRE_SLOT, p * 8L + j, layout.size(p)) == k) {
                    return Outcome.HIRED;
                }
            }
            return roll < 0.75 ? Outcome.DISQUALIFIED : Outcome.ACTIVE;
        }
        if (status == PositionStatus.CANCELLED) {
            return roll < 0.4 ? Outcome.DISQUALIFIED : Outcome.ACTIVE;
        }
        if (status == PositionStatus.DRAFT) {
            return Outcome.ACTIVE;
        }
        return roll < 0.03 ? Outcome.HIRED : roll < 0.33 ? Outcome.DISQUALIFIED : Outcome.ACTIVE;
    }

    private int stageFor(int index, RecruitmentPosition position, Outcome outcome) {
        int last = position.pipeline().lastIndex();
        if (outcome == Outcome.HIRED || last == 0) {
            return last;
        }
        // Skewed towards early stages: most applicants never get far.
        return Math.min(hash.below(STAGE, index, last), hash.below(STAGE, index + 0x5555_5555L, last));
    }

    /** Stages visited on the way to the current one; some intermediate stages are skipped. */
    private List<Integer> path(int index, int stage) {
        List<Integer> path = new ArrayList<>();
        for (int s = 1; s <= stage; s++) {
            if (s == stage || hash.chance(VISIT, index * 8L + s, 0.8)) {
                path.add(s);
            }
        }
        return path;
    }

    private int addedBy(int index, RecruitmentPosition position, String source) {
        if ("api".equals(source)) {
            return Company.OWNER_INDEX;
        }
        return hash.pick(ADDED_BY, index, position.hiringTeam()).employeeIndex();
    }

    private Referrer referrer(int index) {
        Employee e = company.employee(hash.below(REFERRER, index, company.employees().size()));
        return new Referrer(e.id(), e.fullName(), e.email(), numericPhone(e.mobilePhone()));
    }

    /** The documented example shows the referrer's phone as a JSON number. */
    public static Long numericPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.isEmpty() ? null : Long.parseLong(digits);
    }

    private Attachment attachment(int index, String first, String last) {
        String ext = hash.pick(ATTACHMENT, index + 2L, JobCatalog.CV_EXTENSIONS);
        String type = switch (ext) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> "application/msword";
        };
        String name = hash.chance(ATTACHMENT, index + 3L, 0.5)
                ? "CV_" + PersonNames.emailPart(first) + "_" + PersonNames.emailPart(last) + "." + ext
                : "resume." + ext;
        return new Attachment(name, type, 40_000 + hash.below(ATTACHMENT, index + 4L, 900_000));
    }
}
