package dev.atrium.sandbox.paycor.model;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A Paycor ATS job (fact sheet B6.2); nullable fields may be null. */
public record Job(
        int index,
        String id,
        int accountIndex,
        String atsAccountId,
        String number,
        String title,
        String description,
        JobStatus status,
        Integer openings,
        JobPriority priority,
        Boolean confidential,
        Boolean internal,
        Integer timeToFill,
        RemoteStatus remoteStatus,
        String eeoCategory,
        PayRange payRange,
        AtsLocation location,
        AtsDepartment department,
        Map<UserRole, List<JobUser>> team,
        Instant activatedAt,
        Instant createdAt,
        Instant modifiedAt,
        JobPostings postings) {

    public Job {
        EnumMap<UserRole, List<JobUser>> copy = new EnumMap<>(UserRole.class);
        for (UserRole role : UserRole.values()) {
            copy.put(role, List.copyOf(team.getOrDefault(role, List.of())));
        }
        team = Collections.unmodifiableMap(copy);
    }

    public List<JobUser> users(UserRole role) {
        return team.get(role);
    }

    /** After an edit: new title, openings and priority, dated {@code at}. */
    public Job edited(String newTitle, Integer newOpenings, JobPriority newPriority, Instant at) {
        return new Job(index, id, accountIndex, atsAccountId, number, newTitle, description, status, newOpenings,
                newPriority, confidential, internal, timeToFill, remoteStatus, eeoCategory, payRange, location,
                department, team, activatedAt, createdAt, at, postings);
    }

    /** Closed: status CLOSED, taken off every job board, dated {@code at}. */
    public Job closed(Instant at) {
        return new Job(index, id, accountIndex, atsAccountId, number, title, description, JobStatus.CLOSED, openings,
                priority, confidential, internal, timeToFill, remoteStatus, eeoCategory, payRange, location,
                department, team, activatedAt, createdAt, at, JobPostings.none());
    }
}
