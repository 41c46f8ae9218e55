package id.merit.appraisal.rest;

import id.merit.appraisal.Period;
import id.merit.appraisal.service.PeriodService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

@Path("/api/v1/periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Periods")
public class PeriodResource {

    @Inject
    PeriodService periods;
    @Inject
    Idempotency idempotency;

    @Schema(name = "NewPeriod")
    public record NewPeriod(@NotNull @Min(2000) @Max(2100) @Schema(examples = "2026") Integer year,
                            @NotNull @Schema(description = "sub-periods for realisation", examples = "QUARTERLY") Period.SubPeriodKind subPeriodKind) {
    }

    @Schema(name = "Period")
    public record PeriodView(int year, Period.SubPeriodKind subPeriodKind, int subPeriods, Period.Status status, long version,
                             OffsetDateTime updatedAt, String updatedBy) {
        static PeriodView of(Period p) {
            return new PeriodView(p.year, p.subPeriodKind, p.subPeriodKind.count, p.status, p.version, p.updatedAt, p.updatedBy);
        }
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Open an annual period", description = "hr-admin only; one period per year; Idempotency-Key makes a retry safe")
    public Response open(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                         @NotNull @Valid NewPeriod body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/periods", body, () -> {
            Period p = periods.open(body.year(), body.subPeriodKind());
            return Response.created(uri.getAbsolutePathBuilder().path(p.year.toString()).build())
                    .tag(Versions.etag(p.version)).entity(PeriodView.of(p)).build();
        });
    }

    @POST
    @Path("/{year}/close")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Close a period", description = "hr-admin only; needs If-Match")
    public Response close(@PathParam("year") int year, @HeaderParam("If-Match") String ifMatch) {
        Period p = periods.close(year, ifMatch);
        return Response.ok(PeriodView.of(p)).tag(Versions.etag(p.version)).build();
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.AUDITOR, Roles.INTEGRATION, Roles.PLACEMENT_BOARD})
    @Operation(summary = "Read a period")
    public Response get(@PathParam("year") int year) {
        Period p = periods.get(year);
        return Response.ok(PeriodView.of(p)).tag(Versions.etag(p.version)).build();
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.AUDITOR, Roles.INTEGRATION, Roles.PLACEMENT_BOARD})
    @Operation(summary = "List periods", description = "newest year first")
    public Page<PeriodView> list(@Valid @BeanParam PageQuery page) {
        return Page.of(periods.list(page.offset(), page.size).stream().map(PeriodView::of).toList(), page, Period.count());
    }
}
