package id.merit.placement.rest;

import id.merit.placement.DevelopmentItem;
import id.merit.placement.domain.ActivityType;
import id.merit.placement.service.DevelopmentService;
import id.merit.placement.service.MyDevelopmentService;
import id.merit.placement.service.PlanService;
import id.merit.placement.service.TrainingNeedsService;
import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/development")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Development")
public class DevelopmentResource {
    static final String CSV = "text/csv";
    private static final String NIP = "[0-9]{18}";
    private static final String NIP_MESSAGE = "must be 18 digits";

    @Inject
    DevelopmentService development;
    @Inject
    PlanService plans;
    @Inject
    TrainingNeedsService needs;
    @Inject
    MyDevelopmentService my;
    @Inject
    Idempotency idempotency;

    @Schema(name = "NewDevelopmentPlan")
    public record NewPlan(@Schema(description = "a position to develop towards; its standard adds gap items") UUID targetPositionId) {
    }

    @Schema(name = "NewDevelopmentItem")
    public record NewItem(@NotBlank @Size(max = 100) @Schema(examples = "KOMUNIKASI", description = "competency code or a short focus") String focus,
                          @Size(max = 300) String focusLabel,
                          @NotNull ActivityType activityType,
                          @Min(0) @Max(1000) @Schema(description = "JP (jam pelajaran)") int suggestedJp,
                          @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "DropDevelopmentItem")
    public record DropItem(@NotBlank @Size(max = 2000) String reason) {
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "My development", description = "the caller's own JPM and gaps, 9-box and its meaning, predikat history "
            + "(each year with its source, MERIT or REGISTRY for the national registry's, and underObjection), "
            + "this year's plan (or its recommendations) and JP, and positions they are close to qualifying for; Indonesian display labels")
    public MyDevelopmentService.MyDevelopment me() {
        return my.mine();
    }

    @GET
    @Path("/{nip}/gaps")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR, Roles.EMPLOYEE})
    @Operation(summary = "Competency gaps against the current and a target position, with JPM before and after",
            description = "close=CODE:level,... simulates raising those competencies; the employee, their supervisor, hr-admin and auditors only")
    public DevelopmentService.GapReport gaps(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip,
                                             @QueryParam("targetPositionId") UUID targetPositionId,
                                             @QueryParam("close") @Size(max = 2000) String close) {
        return development.gaps(nip, targetPositionId, close);
    }

    @GET
    @Path("/{nip}/reachable-positions")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR, Roles.EMPLOYEE})
    @Operation(summary = "Positions the person would qualify for after closing gaps",
            description = "hard eligibility rules pass, the JPM is below the qualifying band now and within it after; without close every gap of each position is closed")
    public List<DevelopmentService.Reachable> reachable(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip,
                                                        @QueryParam("close") @Size(max = 2000) String close,
                                                        @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return development.reachable(nip, close, limit);
    }

    @Schema(name = "DevelopmentTeam")
    /** The counts are over the whole team, not the page. */
    public record TeamView(String supervisorNip, int year, long withoutPlan, long draft, long agreed,
                           @Schema(description = "people whose completed JP of the year is under the minimum so far") long belowMinimumJp,
                           Page<PlanService.TeamMember> members) {
    }

    @GET
    @Path("/{nip}/team")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR, Roles.EMPLOYEE})
    @Operation(summary = "A supervisor's team and their development plans of a year",
            description = "the people in service whose supervisor this is, by name, each with their plan (or none yet) and JP against the "
                    + "yearly minimum; counts over the whole team; year defaults to the current one; the supervisor, hr-admin and auditors only")
    public TeamView team(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip,
                         @QueryParam("year") @Min(2000) @Max(2100) Integer year, @Valid @BeanParam PageQuery page) {
        PlanService.Team t = plans.team(nip, development.yearOr(year));
        return new TeamView(nip, t.year(), t.withoutPlan(), t.draft(), t.agreed(), t.belowMinimumJp(), Page.slice(t.members(), page));
    }

    @GET
    @Path("/{nip}/plans/{year}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR, Roles.EMPLOYEE})
    @Operation(summary = "A development plan", description = "items, hours against the yearly minimum JP; ETag for the changes")
    public Response plan(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip, @PathParam("year") int year) {
        return ok(plans.get(nip, year));
    }

    @POST
    @Path("/{nip}/plans/{year}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Create a plan from the current recommendations", description = "the supervisor or hr-admin; 409 when the year has one; "
            + "Idempotency-Key makes a retry safe (the retry gets the 201 again instead of the 409)")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                           @PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip, @PathParam("year") int year,
                           @Valid NewPlan body, @Context UriInfo uri) {
        // The path names the plan, so it is part of the operation: the same key and body for another person or year is a 422.
        return idempotency.create(key, "POST /api/v1/development/" + nip + "/plans/" + year, body, () -> {
            PlanService.PlanView v = plans.create(nip, year, body == null ? null : body.targetPositionId());
            return Response.created(uri.getAbsolutePath()).entity(v).tag(Versions.etag(v.version())).build();
        });
    }

    @POST
    @Path("/{nip}/plans/{year}/agree")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Agree a DRAFT plan", description = "the supervisor or hr-admin; If-Match")
    public Response agree(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip, @PathParam("year") int year,
                          @HeaderParam("If-Match") String ifMatch) {
        return ok(plans.agree(nip, year, ifMatch));
    }

    @POST
    @Path("/{nip}/plans/{year}/recommendations/apply")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Rebuild the recommended items from the current data",
            description = "PLANNED recommended items are replaced, done/dropped and manual items stay; the plan returns to DRAFT; If-Match")
    public Response apply(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip, @PathParam("year") int year,
                          @HeaderParam("If-Match") String ifMatch) {
        return ok(plans.applyRecommendations(nip, year, ifMatch));
    }

    @POST
    @Path("/{nip}/plans/{year}/target")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Set or clear the target position", description = "body {\"targetPositionId\": id or null}; rebuilds the "
            + "recommended items as recommendations/apply does (the plan is a DRAFT again); the supervisor or hr-admin; If-Match")
    public Response target(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip, @PathParam("year") int year,
                           @HeaderParam("If-Match") String ifMatch, @NotNull @Valid NewPlan body) {
        return ok(plans.setTarget(nip, year, ifMatch, body.targetPositionId()));
    }

    @POST
    @Path("/{nip}/plans/{year}/items")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Add an item", description = "the supervisor or hr-admin; If-Match")
    public Response addItem(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip, @PathParam("year") int year,
                            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid NewItem body) {
        return ok(plans.addItem(nip, year, ifMatch, new PlanService.NewItem(body.focus(), body.focusLabel(), body.activityType(),
                body.suggestedJp(), body.reason())));
    }

    @POST
    @Path("/{nip}/plans/{year}/items/{itemId}/done")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Mark a planned item done", description = "the supervisor or hr-admin; If-Match")
    public Response done(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip, @PathParam("year") int year,
                         @PathParam("itemId") UUID itemId, @HeaderParam("If-Match") String ifMatch) {
        return ok(plans.setStatus(nip, year, itemId, ifMatch, DevelopmentItem.Status.DONE, null));
    }

    @POST
    @Path("/{nip}/plans/{year}/items/{itemId}/drop")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Drop a planned item with a reason", description = "the supervisor or hr-admin; If-Match")
    public Response drop(@PathParam("nip") @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip, @PathParam("year") int year,
                         @PathParam("itemId") UUID itemId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DropItem body) {
        return ok(plans.setStatus(nip, year, itemId, ifMatch, DevelopmentItem.Status.DROPPED, body.reason()));
    }

    private static Response ok(PlanService.PlanView v) {
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @GET
    @Path("/training-needs")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Training needs per unit and over the scope", description = "people per competency and gap size; Accept: text/csv for the export")
    public TrainingNeedsService.TrainingNeeds trainingNeeds(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("unitId") UUID unitId,
                                                           @QueryParam("includeSubUnits") @DefaultValue("false") boolean includeSubUnits) {
        return needs.needs(development.yearOr(year), unitId, includeSubUnits);
    }

    @GET
    @Path("/training-needs")
    @Produces(CSV)
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Training needs as CSV", description = "header: " + TrainingNeedsService.CSV_HEADER)
    public Response trainingNeedsCsv(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("unitId") UUID unitId,
                                     @QueryParam("includeSubUnits") @DefaultValue("false") boolean includeSubUnits) {
        TrainingNeedsService.TrainingNeeds t = trainingNeeds(year, unitId, includeSubUnits);
        return Response.ok(TrainingNeedsService.csv(t), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"training-needs-" + t.year() + ".csv\"").build();
    }

    @GET
    @Path("/training-needs.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Training needs as CSV (for links that cannot set Accept)", description = "header: " + TrainingNeedsService.CSV_HEADER)
    public Response trainingNeedsCsvFile(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("unitId") UUID unitId,
                                         @QueryParam("includeSubUnits") @DefaultValue("false") boolean includeSubUnits) {
        return trainingNeedsCsv(year, unitId, includeSubUnits);
    }

    @GET
    @Path("/below-minimum-jp")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Active employees under the yearly minimum JP so far", description = "completed JP from training records, fewest first")
    public Page<TrainingNeedsService.BelowMinimum> belowMinimum(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("unitId") UUID unitId,
                                                              @QueryParam("includeSubUnits") @DefaultValue("false") boolean includeSubUnits,
                                                              @Valid @BeanParam PageQuery page) {
        TrainingNeedsService.BelowPage p = needs.belowMinimum(development.yearOr(year), unitId, includeSubUnits,
                page.offset(), page.size);
        return Page.of(p.items(), page, p.total());
    }
}
