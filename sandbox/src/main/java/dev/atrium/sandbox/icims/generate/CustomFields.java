package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.ListNode;
import java.util.List;
import java.util.stream.Stream;

/**
 * This tenant's custom fields, in the id styles iCIMS uses ({@code field#####}, {@code jcf####},
 * {@code rcf####}, fact sheet A3.1), and the options of the list-valued ones.
 */
public final class CustomFields {

    /** Person, multi list: the example field of the fact sheet's person profile. */
    public static final String PERSON_INTERESTS = "field23848";
    /** Job, single list. */
    public static final String JOB_REASON = "jcf1001";
    /** Recruiting workflow, single list. */
    public static final String WORKFLOW_INTERVIEW_FORMAT = "rcf2001";
    /** Recruiting workflow, text. */
    public static final String WORKFLOW_REFERRAL_NOTE = "rcf2002";

    public static final List<ListNode> INTERESTS = List.of(
            new ListNode("C23892", "Child Care"), new ListNode("C23893", "Technology"),
            new ListNode("C23894", "Customer Service"), new ListNode("C23895", "Logistics"),
            new ListNode("C23896", "Management"));
    public static final List<ListNode> REASONS = List.of(
            new ListNode("C55001", "New Position"), new ListNode("C55002", "Replacement"),
            new ListNode("C55003", "Seasonal Backfill"));
    public static final List<ListNode> INTERVIEW_FORMATS = List.of(
            new ListNode("C56001", "Phone"), new ListNode("C56002", "Video"), new ListNode("C56003", "On-site"));

    /** Every option of every custom list, for {@code lists.customfields_lists}. */
    public static final List<ListNode> ALL_OPTIONS = Stream.of(INTERESTS, REASONS, INTERVIEW_FORMATS)
            .flatMap(List::stream).toList();

    private CustomFields() {
    }
}
