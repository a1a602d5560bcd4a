package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.ListNode;
import dev.atrium.sandbox.icims.model.Status;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's "Recruiting Workflow Bins and Statuses" tree (fact sheet A7.4), in admin order. {@code D10100}
 * and the other observed ids are used where the fact sheet saw them; the rest are this tenant's own.
 */
public final class StatusCatalog {

    private static final ListNode NEW = new ListNode("D10001", "New Submissions");
    private static final ListNode SCREENING = new ListNode("C10002", "Screening");
    private static final ListNode INTERVIEW = new ListNode("C10003", "Interview");
    private static final ListNode OFFER = new ListNode("C10004", "Offer");
    private static final ListNode HIRED_BIN = new ListNode("D10005", "Hired");
    private static final ListNode REJECTED_BIN = new ListNode("D10006", "Rejected");

    public static final Status RECENTLY_APPLIED = new Status(new ListNode("D10100", "Recently Applied"), NEW);
    public static final Status HIRED = new Status(new ListNode("D10150", "Hired"), HIRED_BIN);
    public static final Status REJECTED = new Status(new ListNode("D10200", "Rejected - Not Qualified"), REJECTED_BIN);

    /** Every status, in admin order. */
    public static final List<Status> ALL = List.of(
            RECENTLY_APPLIED,
            new Status(new ListNode("D10105", "Reviewed"), NEW),
            new Status(new ListNode("C12295", "Phone Screen"), SCREENING),
            new Status(new ListNode("C12296", "Assessment Sent"), SCREENING),
            new Status(new ListNode("C22001", "First Interview"), INTERVIEW),
            new Status(new ListNode("C22002", "Final Interview"), INTERVIEW),
            new Status(new ListNode("C36951", "Offer Extended"), OFFER),
            new Status(new ListNode("C36952", "Offer Accepted"), OFFER),
            new Status(new ListNode("C23504", "Onboarding"), HIRED_BIN),
            HIRED,
            REJECTED,
            new Status(new ListNode("D10201", "Candidate Withdrew"), REJECTED_BIN),
            new Status(new ListNode("C38355", "Rejected After Interview"), REJECTED_BIN));

    /** Weights over {@link #ALL} for applications to jobs still open, and to closed jobs. */
    static final int[] OPEN_WEIGHTS = {30, 12, 10, 5, 7, 4, 3, 2, 1, 2, 14, 4, 6};
    static final int[] CLOSED_WEIGHTS = {2, 3, 2, 1, 2, 1, 1, 1, 2, 6, 50, 12, 17};

    private StatusCatalog() {
    }

    public static Optional<Status> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The bins, in admin order. */
    public static List<ListNode> bins() {
        return ALL.stream().map(Status::bin).distinct().toList();
    }
}
