package dev.atrium.sandbox.sagehr.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import dev.atrium.sandbox.sagehr.generate.Company;
import dev.atrium.sandbox.sagehr.generate.StageCatalog;
import dev.atrium.sandbox.sagehr.model.Applicant;
import dev.atrium.sandbox.sagehr.model.ApplicantAction;
import dev.atrium.sandbox.sagehr.model.DescriptionBlock;
import dev.atrium.sandbox.sagehr.model.Employee;
import dev.atrium.sandbox.sagehr.model.HiringTeamMember;
import dev.atrium.sandbox.sagehr.model.JobTitle;
import dev.atrium.sandbox.sagehr.model.RecruitmentPosition;
import dev.atrium.sandbox.sagehr.model.Referrer;
import dev.atrium.sandbox.sagehr.model.Team;
import dev.atrium.sandbox.support.http.JsonReplies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Renders records in Sage HR's wire shape; timestamp form, stage ids and roles follow the settings. */
final class SageHrJson {

    static final ObjectMapper MAPPER = JsonReplies.MAPPER;

    private final SageHrSettings settings;
    private final Company company;

    SageHrJson(SageHrSettings settings, Company company) {
        this.settings = settings;
        this.company = company;
    }

    ObjectNode position(RecruitmentPosition p, long applicantsCount) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", p.id());
        n.put("title", p.title());
        n.put("status", p.status().wire());
        n.put("visibility", p.status().visibility());
        n.put("created_at", date(p.createdAt()));
        n.put("internal_date", date(p.internalDate()));
        n.put("completed_at", date(p.completedAt()));
        n.put("link", p.link());
        n.put("team", company.teams().get(p.teamIndex()).name());
        n.put("applicants_required", p.applicantsRequired());
        n.put("applicants_count", applicantsCount);
        n.put("employment_type", p.employmentType());
        n.put("location", company.locations().get(p.locationIndex()).name());
        n.put("location_id", company.locations().get(p.locationIndex()).id());
        n.put("group", company.groups().get(p.groupIndex()).name());
        n.put("group_id", company.groups().get(p.groupIndex()).id());
        n.put("priority", p.priority());
        ArrayNode blocks = n.putArray("description_blocks");
        for (DescriptionBlock b : p.descriptionBlocks()) {
            blocks.addObject().put("title", b.title()).put("content", b.content());
        }
        return n;
    }

    ObjectNode positionDetail(RecruitmentPosition p, long applicantsCount, List<Applicant> applicants) {
        ObjectNode n = position(p, applicantsCount);
        ArrayNode list = n.putArray("applicants");
        for (Applicant a : applicants) {
            list.addObject().put("id", a.id()).put("full_name", a.fullName()).put("email", a.email());
        }
        ArrayNode team = n.putArray("hiring_team");
        for (HiringTeamMember m : p.hiringTeam()) {
            Employee e = company.employee(m.employeeIndex());
            team.addObject().put("id", e.id()).put("full_name", e.fullName()).put("role", role(m));
        }
        return n;
    }

    /** Non-manager seats are interviewers unless extra roles are configured, which then share the seats. */
    String role(HiringTeamMember m) {
        if (m.hiringManager()) {
            return "hiring_manager";
        }
        List<String> extra = settings.extraHiringTeamRoles();
        int slot = Math.floorMod(m.roleSlot(), extra.size() + 1);
        return slot == 0 ? "interviewer" : extra.get(slot - 1);
    }

    ObjectNode applicant(Applicant a, RecruitmentPosition p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("full_name", a.fullName());
        n.put("first_name", a.firstName());
        n.put("last_name", a.lastName());
        n.put("email", a.email());
        n.put("address", a.address());
        n.put("phone_number", a.phoneNumber());
        n.put("summary", a.summary());
        n.put("source", a.source());
        n.put("created_at", timestamp(a.createdAt()));
        n.put("disqualified_date", date(a.disqualifiedDate()));
        n.put("hired_date", date(a.hiredDate()));
        n.putObject("stage")
                .put("id", StageCatalog.stageId(settings.stageScope(), p, a.stageIndex()))
                .put("title", p.pipeline().title(a.stageIndex()))
                .put("created_at", timestamp(StageCatalog.stageCreatedAt(settings.stageScope(), p)));
        return n;
    }

    ObjectNode applicantDetail(Applicant a, RecruitmentPosition p) {
        ObjectNode n = applicant(a, p);
        n.put("position_id", p.id());
        Employee added = company.employee(a.addedByEmployeeIndex());
        n.putObject("added_by").put("id", added.id()).put("full_name", added.fullName()).put("email", added.email());
        Referrer r = a.referrer();
        if (r == null) {
            n.putNull("referrer");
        } else {
            ObjectNode ref = n.putObject("referrer");
            ref.put("id", r.employeeId());
            ref.put("full_name", r.fullName());
            ref.put("email", r.email());
            ref.put("phone_number", r.phoneNumber());
        }
        return n;
    }

    ObjectNode action(ApplicantAction action) {
        return MAPPER.createObjectNode()
                .put("action", action.action())
                .put("message", action.message())
                .put("created_at", timestamp(action.createdAt()));
    }

    ObjectNode employee(Employee e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("email", e.email());
        n.put("first_name", e.firstName());
        n.put("last_name", e.lastName());
        n.put("picture_url", e.pictureUrl());
        n.put("employment_start_date", date(e.employmentStartDate()));
        n.put("date_of_birth", date(e.dateOfBirth()));
        Team team = company.teams().get(e.teamIndex());
        n.put("team", team.name());
        n.put("team_id", team.id());
        JobTitle title = company.jobTitles().get(e.jobTitleIndex());
        n.put("position", title.title());
        n.put("position_id", title.id());
        n.put("reports_to_employee_id", e.reportsToEmployeeId());
        n.put("work_phone", e.workPhone());
        n.put("home_phone", e.homePhone());
        n.put("mobile_phone", e.mobilePhone());
        n.put("gender", e.gender());
        n.put("street_first", e.streetFirst());
        n.put("street_second", e.streetSecond());
        n.put("city", e.city());
        n.put("post_code", e.postCode());
        n.put("country", e.country());
        n.put("employee_number", e.employeeNumber());
        n.put("employment_status", e.employmentStatus());
        return n;
    }

    ObjectNode team(Team t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", t.id());
        n.put("name", t.name());
        ArrayNode managers = n.putArray("manager_ids");
        t.managerIds().forEach(managers::add);
        ArrayNode members = n.putArray("employee_ids");
        t.employeeIds().forEach(members::add);
        return n;
    }

    ObjectNode jobTitle(JobTitle j) {
        return MAPPER.createObjectNode()
                .put("id", j.id())
                .put("title", j.title())
                .put("description", j.description())
                .put("code", j.code());
    }

    private String timestamp(Instant instant) {
        return settings.timestampFormat().format(instant);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
