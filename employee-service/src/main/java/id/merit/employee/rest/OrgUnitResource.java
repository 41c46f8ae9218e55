package id.merit.employee.rest;

import id.merit.employee.OrgUnit;
import id.merit.employee.events.UnitSnapshot;
import id.merit.employee.service.OrgUnitService;
import id.merit.platform.idempotency.Idempotency;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation units")
public class OrgUnitResource {
    @Inject
    OrgUnitService units;
    @Inject
    Idempotency idempotency;

    @Schema(name = "NewUnit")
    public record NewUnit(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, dot, dash or underscore")
            @Schema(examples = "DISDIK") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "Dinas Pendidikan") String name,
            @Schema(description = "parent unit; empty for the root (the pemda)") UUID parentId) {
    }

    @Schema(name = "UnitUpdate")
    public record UnitUpdate(
            @NotBlank @Size(max = 200) @Schema(examples = "Dinas Pendidikan") String name,
            @Schema(description = "new parent; refused when it is the unit itself or below it") UUID parentId,
            @Schema(description = "the position that heads this unit (must belong to it)") UUID headPositionId) {
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "createUnit", summary = "Create a unit", description = "hr-admin only; Idempotency-Key makes a retry safe; publishes unit.upserted on merit.org.v1")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key, @NotNull @Valid NewUnit body,
                           @jakarta.ws.rs.core.Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/units", body, () -> {
            OrgUnit u = units.create(body.code(), body.name(), body.parentId());
            return Response.created(uri.getAbsolutePathBuilder().path(u.id.toString()).build())
                    .tag(Versions.etag(u.version)).entity(UnitSnapshot.of(u)).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "updateUnit", summary = "Rename, move or set the head of a unit", description = "hr-admin; If-Match required (stale → 412); "
            + "moving a unit under itself or its descendant → 409")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid UnitUpdate body) {
        OrgUnit u = units.update(id, ifMatch, body.name(), body.parentId(), body.headPositionId());
        return Response.ok(UnitSnapshot.of(u)).tag(Versions.etag(u.version)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR, Roles.PLACEMENT_BOARD})
    @Operation(operationId = "getUnit", summary = "Read a unit")
    public Response get(@PathParam("id") UUID id) {
        OrgUnit u = units.get(id);
        return Response.ok(UnitSnapshot.of(u)).tag(Versions.etag(u.version)).build();
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR, Roles.PLACEMENT_BOARD})
    @Operation(operationId = "listUnit", summary = "List units", description = "sorted by code")
    public Page<UnitSnapshot> list(@Valid @BeanParam PageQuery page) {
        return Page.of(units.list(page.offset(), page.size).stream().map(UnitSnapshot::of).toList(), page, OrgUnit.count());
    }
}
