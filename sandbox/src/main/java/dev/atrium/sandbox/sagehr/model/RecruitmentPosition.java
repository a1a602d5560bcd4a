package dev.atrium.sandbox.sagehr.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recruitment position (a job) as the simulator holds it.
 *
 * @param index             place in the generated list, which also fixes its applicants' block
 * @param closedOn          last day applications came in (completed or cancelled), null while open
 * @param pipelineCreatedAt when this position's stages were set up (their {@code created_at})
 */
public record RecruitmentPosition(
        int index,
        long id,
        String title,
        PositionStatus status,
        LocalDate createdAt,
        LocalDate internalDate,
        LocalDate completedAt,
        LocalDate closedOn,
        String link,
        int teamIndex,
        int applicantsRequired,
        String employmentType,
        int locationIndex,
        int groupIndex,
        int priority,
        List<DescriptionBlock> descriptionBlocks,
        List<HiringTeamMember> hiringTeam,
        Pipeline pipeline,
        Instant pipelineCreatedAt) {

    public RecruitmentPosition {
        descriptionBlocks = List.copyOf(descriptionBlocks);
        hiringTeam = List.copyOf(hiringTeam);
    }

    /** The same position after an edit of its title and team. */
    public RecruitmentPosition retitled(String newTitle, int newTeamIndex) {
        return new RecruitmentPosition(index, id, newTitle, status, createdAt, internalDate, completedAt, closedOn,
                link, newTeamIndex, applicantsRequired, employmentType, locationIndex, groupIndex, priority,
                descriptionBlocks, hiringTeam, pipeline, pipelineCreatedAt);
    }

    /** The same position marked completed on the given day. */
    public RecruitmentPosition completed(LocalDate on) {
        return new RecruitmentPosition(index, id, title, PositionStatus.COMPLETED, createdAt, internalDate, on, on,
                link, teamIndex, applicantsRequired, employmentType, locationIndex, groupIndex, priority,
                descriptionBlocks, hiringTeam, pipeline, pipelineCreatedAt);
    }
}
