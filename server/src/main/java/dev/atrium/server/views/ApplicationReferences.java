package dev.atrium.server.views;

import dev.atrium.engine.store.StoredRecord;
import java.util.List;
import java.util.Map;

/**
 * The applications a page of records points at through {@code application_id}, with their candidates and
 * jobs, read in three batched queries (offers and interviews nest them).
 */
final class ApplicationReferences {

    private final Map<String, StoredRecord> applications;
    private final Map<String, StoredRecord> candidates;
    private final Map<String, StoredRecord> jobs;

    private ApplicationReferences(Map<String, StoredRecord> applications, Map<String, StoredRecord> candidates,
            Map<String, StoredRecord> jobs) {
        this.applications = applications;
        this.candidates = candidates;
        this.jobs = jobs;
    }

    static ApplicationReferences of(ViewReader reader, List<StoredRecord> page) {
        Map<String, StoredRecord> applications = reader.byIds("applications", ViewReader.values(page, "application_id"));
        List<StoredRecord> found = List.copyOf(applications.values());
        return new ApplicationReferences(applications,
                reader.byIds("candidates", ViewReader.values(found, "candidate_id")),
                reader.byIds("jobs", ViewReader.values(found, "job_id")));
    }

    StoredRecord application(StoredRecord referencing) {
        return applications.get(referencing.content().path("application_id").asText(null));
    }

    StoredRecord candidate(StoredRecord application) {
        return candidates.get(application.content().path("candidate_id").asText(null));
    }

    StoredRecord job(StoredRecord application) {
        return jobs.get(application.content().path("job_id").asText(null));
    }
}
