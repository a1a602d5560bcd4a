package dev.atrium.sandbox.icims.store;

import dev.atrium.sandbox.icims.generate.Lists;
import dev.atrium.sandbox.icims.generate.StatusCatalog;
import dev.atrium.sandbox.icims.model.Job;
import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.icims.model.Person;
import dev.atrium.sandbox.icims.model.Status;
import dev.atrium.sandbox.icims.model.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The documented writes (fact sheet A8): create a person, create a recruiting workflow, move a workflow to
 * another status, upload a resume. Each is dated by the store's write clock and seen by later reads.
 */
public final class IcimsWrites {

    private static final Duration STEP = Duration.ofMillis(1);
    static final int FIELD_REQUIRED = 1;
    static final int RESOURCE_NOT_FOUND = 2;

    private final IcimsStore store;

    public IcimsWrites(IcimsStore store) {
        this.store = store;
    }

    /** A new candidate person; a last name is the one field every tenant requires (a guess). */
    public WriteOutcome createPerson(PersonForm form) {
        if (blank(form.lastName()) || blank(form.firstName())) {
            return WriteOutcome.refused(400, FIELD_REQUIRED, "The field " + (blank(form.firstName()) ? "firstname" : "lastname")
                    + " is required.");
        }
        ListNode gender = form.genderId() == null ? null
                : Lists.GENDERS.stream().filter(g -> g.id().equals(form.genderId())).findFirst().orElse(null);
        synchronized (store) {
            Instant now = store.tick(STEP);
            long id = store.nextPersonId();
            store.addPerson(new Person(id, form.firstName(), form.middleName(), form.lastName(), form.email(), null,
                    form.phones(), null, Lists.PERSON_CANDIDATE, null, null, null, gender, List.of(), false, false, now, now));
            return WriteOutcome.done(id);
        }
    }

    /** A new workflow joining a live job ({@code baseprofile}) to a live person ({@code associatedprofile}). */
    public WriteOutcome createWorkflow(long jobId, long personId, String statusId, String source, String sourceName) {
        synchronized (store) {
            Optional<Job> job = store.job(jobId);
            if (job.isEmpty()) {
                return WriteOutcome.refused(404, RESOURCE_NOT_FOUND, "Job not found.");
            }
            if (store.person(personId).isEmpty()) {
                return WriteOutcome.refused(404, RESOURCE_NOT_FOUND, "Person not found.");
            }
            Optional<Status> status = statusId == null ? Optional.of(StatusCatalog.RECENTLY_APPLIED) : StatusCatalog.byId(statusId);
            if (status.isEmpty()) {
                return unknownStatus(statusId);
            }
            Instant now = store.tick(STEP);
            long id = store.nextWorkflowId();
            store.addWorkflow(new Workflow(id, job.get().index(), jobId, personId, status.get(), source, sourceName,
                    Lists.ORIGIN_WEB_SERVICES, null, null, now, now));
            return WriteOutcome.done(id);
        }
    }

    /** {@code PATCH /applicantworkflows/{id}} with a new status; moves {@code updateddate}. */
    public WriteOutcome moveWorkflow(long id, String statusId) {
        synchronized (store) {
            Optional<Workflow> workflow = store.workflow(id);
            if (workflow.isEmpty()) {
                return WriteOutcome.refused(404, RESOURCE_NOT_FOUND, "Applicant workflow not found.");
            }
            Optional<Status> status = StatusCatalog.byId(statusId);
            if (status.isEmpty()) {
                return unknownStatus(statusId);
            }
            store.replaceWorkflow(workflow.get().moved(status.get(), store.tick(STEP)));
            return WriteOutcome.done(id);
        }
    }

    /** Replaces a person's resume; the person's {@code updateddate} moves. */
    public WriteOutcome uploadResume(long personId, Resume resume) {
        synchronized (store) {
            Optional<Person> person = store.person(personId);
            if (person.isEmpty()) {
                return WriteOutcome.refused(404, RESOURCE_NOT_FOUND, "Person not found.");
            }
            store.putResume(personId, resume);
            store.replacePerson(person.get().withResume(store.tick(STEP)));
            return WriteOutcome.done(personId);
        }
    }

    // The fact sheet does not capture the message; a field error with the field's name is the documented style.
    private static WriteOutcome unknownStatus(String statusId) {
        return WriteOutcome.refused(400, FIELD_REQUIRED, "The value " + statusId + " is not valid for the field status.");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
