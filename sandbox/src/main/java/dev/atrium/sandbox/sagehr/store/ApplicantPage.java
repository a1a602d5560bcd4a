package dev.atrium.sandbox.sagehr.store;

import dev.atrium.sandbox.sagehr.model.Applicant;
import java.util.List;

/** One page of a position's applicants and how many match in total. */
public record ApplicantPage(List<Applicant> items, long total) {

    public ApplicantPage {
        items = List.copyOf(items);
    }
}
