package id.merit.placement.rest;

import id.merit.placement.PlacementRun;
import id.merit.placement.service.Profiles;
import id.merit.placement.service.RunService;
import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/placement-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placement runs")
public class RunResource {
    public static final int MAX_VACANCIES = 500;
    public static final int MAX_CANDIDATES = 20_000;

    @Inject
    RunService runs;
    @Inject
    Profiles profiles;
    @Inject
    Idempotency idempotency;

    @Schema(name = "NewPlacementRun")
    public record NewRun(@NotEmpty @Size(max = MAX_VACANCIES) List<@NotNull UUID> vacancyIds,
                         @Size(max = MAX_CANDIDATES) List<@NotNull @Pattern(regexp = "[0-9]{18}", message = "must be 18 digits") String> candidateNips,
                         @Size(max = 200) @Schema(description = "everyone whose current unit is one of these joins the pool") List<@NotNull UUID> unitIds,
                         @Min(0) @Max(10_000) @Schema(description = "at most this many people moved out of any one unit; empty for no limit") Integer maxMovesPerUnit) {
        @AssertTrue(message = "give candidateNips or unitIds (or both)")
        @Schema(hidden = true)
        public boolean isPoolGiven() {
            return (candidateNips != null && !candidateNips.isEmpty()) || (unitIds != null && !unitIds.isEmpty());
        }
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Solve the optimal assignment of a candidate pool to open vacancies",
            description = "maximises the total score; ineligible pairs are never assigned; optional per-unit move limit. Stored with inputs, result, total score and solve time. "
                    + "Idempotency-Key makes a retry safe (the stored run is answered again, not solved again).")
    public Response run(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key, @NotNull @Valid NewRun body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/placement-runs", body, () -> {
            PlacementRun r = runs.run(body.vacancyIds(), body.candidateNips(), body.unitIds(), body.maxMovesPerUnit());
            return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build()).entity(Views.RunView.of(r, runs, profiles)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR})
    @Operation(summary = "Read a run with its assignment and breakdowns",
            description = "breakdowns as in the ranking (predikatUsed on the PREDIKAT and TALENT parts; runs stored before it have null)")
    public Views.RunView get(@PathParam("id") UUID id) {
        return Views.RunView.of(runs.get(id), runs, profiles);
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR})
    @Operation(summary = "List runs", description = "newest first")
    public Page<Views.RunView> list(@Valid @BeanParam PageQuery page) {
        return Page.of(runs.list(page.offset(), page.size).stream().map(r -> Views.RunView.of(r, runs, profiles)).toList(), page, PlacementRun.count());
    }
}
