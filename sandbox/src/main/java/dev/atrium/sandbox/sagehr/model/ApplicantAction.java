package dev.atrium.sandbox.sagehr.model;

import java.time.Instant;

/** One entry of an applicant's pipeline history. */
public record ApplicantAction(String action, String message, Instant createdAt) {

    public static final String APPLICANT_CREATED = "applicant_created";
    public static final String DOCUMENT_CREATED = "document_created";
    public static final String MOVED_BETWEEN_STAGES = "moved_between_stages";

    public static ApplicantAction created(Instant at) {
        return new ApplicantAction(APPLICANT_CREATED, "Applicant created", at);
    }

    public static ApplicantAction uploaded(String fileName, Instant at) {
        return new ApplicantAction(DOCUMENT_CREATED, "Uploaded \"" + fileName + "\"", at);
    }

    public static ApplicantAction moved(String fromStage, String toStage, Instant at) {
        return new ApplicantAction(MOVED_BETWEEN_STAGES,
                "Applicant moved from \"" + fromStage + "\" to \"" + toStage + "\"", at);
    }
}
