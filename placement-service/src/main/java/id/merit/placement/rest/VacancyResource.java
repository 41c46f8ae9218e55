package id.merit.placement.rest;

import id.merit.placement.Vacancy;
import id.merit.placement.service.Overrides;
import id.merit.placement.service.Profiles;
import id.merit.placement.service.RankingService;
import id.merit.placement.service.VacancyService;
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
import jakarta.validation.constraints.NotNull;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
public class VacancyResource {
    @Inject
    VacancyService vacancies;
    @Inject
    RankingService ranking;
    @Inject
    Profiles profiles;
    @Inject
    Idempotency idempotency;

    @Schema(name = "NewVacancy")
    public record NewVacancy(@NotNull @Schema(description = "a position known from merit.org.v1") UUID positionId,
                             @NotNull @Schema(examples = "2026-07-01", description = "TMT: age, tenure and predikat years are measured against it") LocalDate tmt,
                             @Valid Overrides.Requirements requirements,
                             @Valid Overrides.Weights weights,
                             @Size(max = 1000) String note) {
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Open a vacancy for a seat of a position", description = "hr-admin; optional overrides of the requirement profile and score weights; "
            + "Idempotency-Key makes a retry safe")
    public Response open(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key, @NotNull @Valid NewVacancy body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/vacancies", body, () -> {
            Vacancy v = vacancies.open(body.positionId(), body.tmt(), body.requirements(), body.weights(), body.note());
            return Response.created(uri.getAbsolutePathBuilder().path(v.id.toString()).build()).tag(Versions.etag(v.version))
                    .entity(Views.VacancyView.of(v, profiles)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR})
    @Operation(summary = "Read a vacancy")
    public Response get(@PathParam("id") UUID id) {
        Vacancy v = vacancies.get(id);
        return Response.ok(Views.VacancyView.of(v, profiles)).tag(Versions.etag(v.version)).build();
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR})
    @Operation(summary = "List vacancies", description = "oldest first; filter by state and unit")
    public Page<Views.VacancyView> list(@QueryParam("state") Vacancy.State state, @QueryParam("unitId") UUID unitId, @Valid @BeanParam PageQuery page) {
        return Page.of(vacancies.list(state, unitId, page.offset(), page.size).stream().map(v -> Views.VacancyView.of(v, profiles)).toList(),
                page, vacancies.count(state, unitId));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Cancel an open or proposed vacancy", description = "If-Match: the vacancy's ETag")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Vacancy v = vacancies.cancel(id, ifMatch);
        return Response.ok(Views.VacancyView.of(v, profiles)).tag(Versions.etag(v.version)).build();
    }

    @GET
    @Path("/{id}/candidates")
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR})
    @Operation(summary = "Eligible candidates, best first, each with its score breakdown",
            description = "ineligible employees never appear; filter by current unit or golongan. In the breakdown the PREDIKAT part "
                    + "(the window) and the TALENT part (the latest year) list the predikat they used in predikatUsed; " + Views.PREDIKAT_USED)
    public List<RankingService.Ranked> candidates(@PathParam("id") UUID id,
                                                  @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
                                                  @QueryParam("unitId") UUID unitId,
                                                  @QueryParam("golongan") @Size(max = 10) String golongan) {
        return ranking.rank(id, limit, unitId, golongan);
    }
}
