package dev.atrium.sandbox.sagehr.store;

import dev.atrium.sandbox.sagehr.EmailUniqueness;
import dev.atrium.sandbox.sagehr.generate.ApplicantGenerator;
import dev.atrium.sandbox.sagehr.generate.Company;
import dev.atrium.sandbox.sagehr.model.Applicant;
import dev.atrium.sandbox.sagehr.model.ApplicantAction;
import dev.atrium.sandbox.sagehr.model.Employee;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.sagehr.model.Referrer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Validates and stores a new applicant, as {@code POST /recruitment/positions/{id}/applicants} does. */
public final class ApplicantCreation {

    private static final Set<String> BUILT_IN_SOURCES = Set.of("company_marketing", "recruiters", "referral", "sourced", "api");
    private static final Duration WRITE_STEP = Duration.ofMinutes(1);

    private final SageHrStore store;

    public ApplicantCreation(SageHrStore store) {
        this.store = store;
    }

    /**
     * @param closedStatus HTTP status that refuses a create on a completed or cancelled position
     */
    public CreateResult create(long positionId, ApplicantForm form, EmailUniqueness uniqueness, int closedStatus) {
        synchronized (store) {
            Optional<RecruitmentPosition> found = store.position(positionId);
            if (found.isEmpty()) {
                return CreateResult.rejected(404, "not_found", List.of());
            }
            RecruitmentPosition position = found.get();
            if (position.status().isClosed()) {
                return CreateResult.rejected(closedStatus, "validation_failed",
                        List.of("Position is " + position.status().wire() + " and does not accept new applicants"));
            }
            List<String> errors = new ArrayList<>();
            if (blank(form.firstName())) {
                errors.add("First name can't be blank");
            }
            String email = trimmed(form.email());
            int scope = uniqueness == EmailUniqueness.PER_COMPANY ? -1 : position.index();
            if (email != null && store.emailTaken(email, scope)) {
                errors.add("Email has already been taken");
            }
            if (!errors.isEmpty()) {
                return CreateResult.rejected(422, "validation_failed", errors);
            }
            Instant now = store.tick(WRITE_STEP);
            List<ApplicantAction> actions = new ArrayList<>();
            actions.add(ApplicantAction.created(now));
            if (form.attachment() != null) {
                actions.add(ApplicantAction.uploaded(form.attachment().fileName(), now.plusSeconds(1)));
            }
            Applicant applicant = new Applicant(store.nextApplicantId(), position.index(), form.firstName().trim(),
                    trimmed(form.lastName()), email, trimmed(form.address()), trimmed(form.phoneNumber()),
                    trimmed(form.summary()), source(form), now, null, null, 0, Company.OWNER_INDEX,
                    referrer(form), form.attachment(), actions);
            store.addCreated(applicant);
            return CreateResult.created(applicant.id());
        }
    }

    /** Blank means "api", the four keywords are built-in sources, anything else names a custom source. */
    static String source(ApplicantForm form) {
        if (form.referralGiven()) {
            return "referral";
        }
        String source = trimmed(form.source());
        if (source == null) {
            return "api";
        }
        String keyword = source.toLowerCase(Locale.ROOT);
        return BUILT_IN_SOURCES.contains(keyword) ? keyword : source;
    }

    // How Sage HR resolves a referral to an employee is undocumented; matching by email is a guess.
    private Referrer referrer(ApplicantForm form) {
        if (!form.referralGiven()) {
            return null;
        }
        String email = trimmed(form.referralEmail());
        Optional<Employee> employee = email == null ? Optional.empty() : store.base().company().employeeByEmail(email);
        if (employee.isPresent()) {
            Employee e = employee.get();
            return new Referrer(e.id(), e.fullName(), e.email(), ApplicantGenerator.numericPhone(e.mobilePhone()));
        }
        return new Referrer(null, trimmed(form.referralFullName()), email, null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }
}
