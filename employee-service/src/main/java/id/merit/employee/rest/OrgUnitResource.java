package id.merit.employee.rest;

import id.merit.employee.OrgUnit;
import id.merit.employee.events.UnitSnapshot;
import id.merit.employee.service.OrgUnitService;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation units")
public class OrgUnitResource {
    @Inject
    OrgUnitService units;

    @Schema(name = "NewUnit")
    public record NewUnit(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, dot, dash or underscore")
            @Schema(examples = "DISDIK") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "Dinas Pendidikan") String name,
            @Schema(description = "parent unit; empty for the root (the pemda)") UUID parentId) {
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Create a unit", description = "hr-admin only; publishes unit.upserted on merit.org.v1")
    public Response create(@NotNull @Valid NewUnit body, @jakarta.ws.rs.core.Context UriInfo uri) {
        OrgUnit u = units.create(body.code(), body.name(), body.parentId());
        return Response.created(uri.getAbsolutePathBuilder().path(u.id.toString()).build())
                .tag(Versions.etag(u.version)).entity(UnitSnapshot.of(u)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR, Roles.PLACEMENT_BOARD})
    @Operation(summary = "Read a unit")
    public Response get(@PathParam("id") UUID id) {
        OrgUnit u = units.get(id);
        return Response.ok(UnitSnapshot.of(u)).tag(Versions.etag(u.version)).build();
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR, Roles.PLACEMENT_BOARD})
    @Operation(summary = "List units", description = "sorted by code")
    public Page<UnitSnapshot> list(@Valid @BeanParam PageQuery page) {
        return Page.of(units.list(page.offset(), page.size).stream().map(UnitSnapshot::of).toList(), page, OrgUnit.count());
    }
}
