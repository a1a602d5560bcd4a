package dev.atrium.sandbox.digitalrecruiters.store;

import dev.atrium.sandbox.digitalrecruiters.model.Application;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.model.StatusLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns an apply call into a stored application. Closed ads and repeated applications are accepted like any other
 * (the vendor reports neither); only an ad reference that does not exist is refused.
 */
public final class ApplyCreation {

    private final DigitalRecruitersStore store;

    public ApplyCreation(DigitalRecruitersStore store) {
        this.store = store;
    }

    /** The new application, or empty when no live ad has this reference. */
    public Optional<Application> apply(ApplyForm form) {
        synchronized (store) {
            Optional<JobAd> ad = store.adByReference(form.reference());
            if (ad.isEmpty()) {
                return Optional.empty();
            }
            Instant at = store.tick(Duration.ofSeconds(1));
            Application created = new Application(store.nextApplicationId(), ad.get().index(), form.firstName(),
                    form.lastName(), form.email(), form.phoneNumber(), form.gender(), form.jobTitle(), form.street(),
                    form.zip(), form.city(), null, form.locale() == null ? "fr_FR" : form.locale(), null, null,
                    StatusLevel.APPLICATION, null, form.origin(), false, false, true, form.fileName(), form.message(),
                    at, at);
            store.addCreated(created);
            return Optional.of(created);
        }
    }
}
