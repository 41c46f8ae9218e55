package id.merit.appraisal.rest;

import id.merit.appraisal.EmployeeView;
import id.merit.appraisal.UnitPeriod;
import id.merit.appraisal.domain.DistributionCurve;
import id.merit.appraisal.domain.Predikat;
import id.merit.appraisal.domain.SkpState;
import id.merit.appraisal.domain.UnitResult;
import id.merit.appraisal.service.AppraisalViews;
import id.merit.appraisal.service.PeriodService;
import id.merit.appraisal.service.UnitAppraisalService;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/appraisals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appraisals per unit and employee")
public class AppraisalResource {
    @Inject
    UnitAppraisalService units;
    @Inject
    AppraisalViews views;
    @Inject
    PeriodService periods;

    /** A read's year: optional, the answer names the year it is for. A write's year is required (a write never guesses it). */
    static final String READ_YEAR = "2000..2100; defaults to the current year in MERIT_APPRAISAL_ZONE (Asia/Jakarta unless configured); "
            + "the answer's year says which year it is for";
    static final String WRITE_YEAR = "2000..2100; required: a write never guesses its year";

    @Schema(name = "UnitResultInput")
    public record UnitResultBody(@NotNull UnitResult result) {
    }

    @Schema(name = "UnitFinalization")
    public record FinalizeBody(@Size(max = 2000) @Schema(description = "required when the distribution breaks the curve; stored") String overrideReason) {
    }

    @Schema(name = "UnitResult")
    public record UnitResultView(UUID unitId, int year, UnitResult result, OffsetDateTime setAt, String setBy) {
        static UnitResultView of(UnitPeriod u) {
            return new UnitResultView(u.unitId, u.year, u.result, u.resultSetAt, u.resultSetBy);
        }
    }

    @Schema(name = "Distribution")
    public record DistributionView(UUID unitId, int year, UnitResult unitResult, int total, Map<Predikat, Integer> counts,
                                   Map<Predikat, Double> percentages, List<DistributionCurve.Violation> violations,
                                   OffsetDateTime finalizedAt, String finalizedBy, String overrideReason,
                                   @Schema(description = "who holds the unit's head position and, once their SKP of the year in this unit is "
                                           + "rated, their Hasil Kerja and the unit results it allows (the head's Hasil Kerja is the unit's "
                                           + "result); null when the unit names no head or nobody in service holds it") UnitAppraisalService.Head head) {
        static DistributionView of(UnitAppraisalService.Distribution d) {
            UnitPeriod u = d.unitPeriod();
            return new DistributionView(d.unitId(), d.year(), d.result(), d.total(), d.counts(), d.percentages(), d.violations(),
                    u == null ? null : u.finalizedAt, u == null ? null : u.finalizedBy, u == null ? null : u.overrideReason, d.head());
        }
    }

    @Schema(name = "UnitProgress")
    public record ProgressView(UUID unitId, int year, Map<SkpState, Long> states) {
    }

    @Schema(name = "TeamMember")
    public record TeamMemberView(String nip, String name, String positionName, String unitName, String status,
                                 @Schema(description = "their SKP of the year; null while they have none") SkpViews.Summary skp) {
        static TeamMemberView of(AppraisalViews.TeamMember m) {
            EmployeeView e = m.employee();
            return new TeamMemberView(m.nip(), e == null ? null : e.displayName, e == null ? null : e.positionName,
                    e == null ? null : e.unitName, e == null ? null : e.status, m.skp() == null ? null : SkpViews.Summary.of(m.skp()));
        }
    }

    @Schema(name = "Team")
    public record TeamView(String supervisorNip, int year,
                           @Schema(description = "the whole team's SKPs per state, not the page's") Map<SkpState, Long> states,
                           @Schema(description = "how many of the team have no SKP for the year yet") long withoutSkp,
                           Page<TeamMemberView> members) {
    }

    @PUT
    @Path("/units/{unitId}/result")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Record the unit's own result for a year", description = "hr-admin, or the leader one level up (the "
            + "appraiser of the unit's head, else the head's supervisor); bounds the predikat distribution; "
            + "once the unit's head (the holder of its head position) is rated, it follows their Hasil Kerja: ABOVE → ISTIMEWA, "
            + "MEETS → BAIK, BELOW → BUTUH_PERBAIKAN, KURANG or SANGAT_KURANG (another value is 422); "
            + "fixed once the unit's ratings are finalised against it (another value is 409)")
    public UnitResultView recordResult(@PathParam("unitId") UUID unitId,
                                       @QueryParam("year") @Parameter(description = WRITE_YEAR, required = true, example = "2026")
                                       @NotNull @Min(2000) @Max(2100) Integer year,
                                       @NotNull @Valid UnitResultBody body) {
        return UnitResultView.of(units.recordResult(unitId, year, body.result()));
    }

    @GET
    @Path("/units/{unitId}/distribution")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR, Roles.EMPLOYEE})
    @Operation(summary = "Predikat distribution of a unit against the curve", description = "counts, percentages and every violated rule; "
            + "hr-admin, auditor, and the leader one level up who records the unit's result; year defaults to the current year in "
            + "MERIT_APPRAISAL_ZONE")
    public DistributionView distribution(@PathParam("unitId") UUID unitId,
                                         @QueryParam("year") @Parameter(description = READ_YEAR, example = "2026")
                                         @Min(2000) @Max(2100) Integer year) {
        return DistributionView.of(units.readDistribution(unitId, periods.yearOrCurrent(year)));
    }

    @POST
    @Path("/units/{unitId}/finalization")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Finalise the unit's rated SKPs", description = "publishes appraisal.finalized per SKP; a distribution that breaks the curve needs overrideReason")
    public UnitAppraisalService.Finalization finalizeUnit(@PathParam("unitId") UUID unitId,
                                                          @QueryParam("year")
                                                          @Parameter(description = WRITE_YEAR, required = true, example = "2026")
                                                          @NotNull @Min(2000) @Max(2100) Integer year,
                                                          @NotNull @Valid FinalizeBody body) {
        return units.finalizeUnit(unitId, year, body.overrideReason());
    }

    @GET
    @Path("/units/{unitId}/progress")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR, Roles.EMPLOYEE})
    @Operation(summary = "How many SKPs of the unit are in each state", description = "hr-admin, auditor, and the leader one level up "
            + "who records the unit's result (as for its distribution); year defaults to the current year in MERIT_APPRAISAL_ZONE")
    public ProgressView progress(@PathParam("unitId") UUID unitId,
                                 @QueryParam("year") @Parameter(description = READ_YEAR, example = "2026") @Min(2000) @Max(2100) Integer year) {
        int y = periods.yearOrCurrent(year);
        return new ProgressView(unitId, y, units.readProgress(unitId, y));
    }

    @GET
    @Path("/employees/{nip}/team")
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "A supervisor's team and their SKPs of a year",
            description = "the people in service whose supervisor this is, each with their SKP of the year (or none yet), and anyone "
                    + "else whose SKP of the year they appraise; by name; the supervisor themselves, hr-admin or an auditor; year defaults "
                    + "to the current year in MERIT_APPRAISAL_ZONE")
    public TeamView team(@PathParam("nip") @Pattern(regexp = SkpResource.NIP) String nip,
                         @QueryParam("year") @Parameter(description = READ_YEAR, example = "2026") @Min(2000) @Max(2100) Integer year,
                         @Valid @BeanParam PageQuery page) {
        int y = periods.yearOrCurrent(year);
        AppraisalViews.Team t = views.team(nip, y);
        return new TeamView(nip, y, t.states(), t.withoutSkp(), Page.slice(t.members(), page).map(TeamMemberView::of));
    }

    @GET
    @Path("/employees/{nip}/predikat")
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "An employee's final predikat per year", description = "the employee, hr-admin or an auditor")
    public List<SkpViews.PredikatView> predikatHistory(@PathParam("nip") @Pattern(regexp = SkpResource.NIP) String nip) {
        return views.predikatHistory(nip).stream().map(SkpViews.PredikatView::of).toList();
    }
}
