package dev.atrium.sandbox.icims.generate;

import dev.atrium.sandbox.icims.model.ListNode;
import java.util.List;

/**
 * The tenant's list nodes: job and person folders, position types, phone types and the like. Node ids are
 * this tenant's; {@code D} ids are iCIMS defaults seen across tenants, {@code C} ids customer-made (a guess).
 */
public final class Lists {

    public static final ListNode JOB_DRAFT = new ListNode("C31010", "Draft");
    public static final ListNode JOB_PENDING = new ListNode("D31002", "Pending Approval");
    public static final ListNode JOB_APPROVED = new ListNode("D31001", "Approved");
    public static final ListNode JOB_ON_HOLD = new ListNode("C31005", "On Hold");
    public static final ListNode JOB_CLOSED = new ListNode("D31003", "Closed");
    public static final ListNode JOB_FILLED = new ListNode("C31004", "Filled");
    public static final ListNode JOB_CANCELLED = new ListNode("C31006", "Cancelled");
    /** Every job folder, in the order the generator weighs them. */
    public static final List<ListNode> JOB_FOLDERS = List.of(
            JOB_DRAFT, JOB_PENDING, JOB_APPROVED, JOB_ON_HOLD, JOB_CLOSED, JOB_FILLED, JOB_CANCELLED);

    public static final ListNode PERSON_CANDIDATE = new ListNode("D32001", "Candidate");
    public static final ListNode PERSON_HIRING_MANAGER = new ListNode("D32011", "HM: Active");
    public static final ListNode PERSON_RECRUITER = new ListNode("C32021", "Recruiter: Active");

    public static final List<ListNode> POSITION_TYPES = List.of(
            new ListNode("C12345", "Full-Time"), new ListNode("C12346", "Part-Time"), new ListNode("C12347", "Contract"),
            new ListNode("C12348", "Temporary"), new ListNode("C12349", "Internship"));

    public static final ListNode PHONE_MOBILE = new ListNode("D83001", "Mobile");
    public static final ListNode PHONE_HOME = new ListNode("D83002", "Home");
    public static final ListNode PHONE_WORK = new ListNode("D83003", "Work");

    public static final ListNode ADDRESS_HOME = new ListNode("D84002", "Home");
    public static final ListNode ADDRESS_WORK = new ListNode("D84001", "Work");

    public static final List<ListNode> GENDERS = List.of(
            new ListNode("D10401", "Female"), new ListNode("D10402", "Male"), new ListNode("D10403", "Decline to Self Identify"));

    /** Workflow sources, the values of {@code lists.sources}; the workflow carries the value as text (fact sheet A8). */
    public static final List<String> SOURCES = List.of(
            "Job Board", "Company Website", "Employee Referral", "Agency", "Social Media", "Other (Please Specify)");

    /** Source origin of workflows created through the API (documented on sourcing workflows). */
    public static final ListNode ORIGIN_WEB_SERVICES = new ListNode("D37011", "Web Services");
    public static final ListNode ORIGIN_PORTAL = new ListNode("D37001", "Career Portal");

    private Lists() {
    }

    /** Whether a job folder is one where the job takes no more applications. */
    public static boolean isClosedFolder(ListNode folder) {
        return folder.equals(JOB_CLOSED) || folder.equals(JOB_FILLED) || folder.equals(JOB_CANCELLED);
    }
}
