package id.merit.employee.rest;

import id.merit.employee.Position;
import id.merit.employee.domain.PositionType;
import id.merit.employee.events.PositionSnapshot;
import id.merit.employee.service.PositionData;
import id.merit.employee.service.PositionService;
import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.rest.QueryParams;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions")
public class PositionResource {
    @Inject
    PositionService positions;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "createPosition", summary = "Create a position", description = "hr-admin. Competency levels not given default from the type "
            + "(JPT Utama/Madya 5, JPT Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1, Fungsional by level). "
            + "Idempotency-Key makes a retry safe. Publishes position.upserted.")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key, @NotNull @Valid PositionData body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/positions", body, () -> {
            Position p = positions.create(body);
            return Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                    .tag(Versions.etag(p.version)).entity(positions.snapshot(p)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR, Roles.PLACEMENT_BOARD})
    @Operation(operationId = "getPosition", summary = "Read a position with its competency standard and incumbents")
    public Response get(@PathParam("id") UUID id) {
        Position p = positions.find(id);
        return Response.ok(positions.snapshot(p)).tag(Versions.etag(p.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "updatePosition", summary = "Update a position", description = "hr-admin; If-Match required (stale → 412)")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PositionData body) {
        Position p = positions.update(id, ifMatch, body);
        return Response.ok(positions.snapshot(p)).tag(Versions.etag(p.version)).build();
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR, Roles.PLACEMENT_BOARD})
    @Operation(operationId = "listPosition", summary = "List positions", description = "optionally of one unit or type; sorted by code")
    public Page<PositionSnapshot> list(@QueryParam("unitId") UUID unitId, @QueryParam("type") String type,
                                       @Valid @BeanParam PageQuery page) {
        PositionService.Found found = positions.list(unitId, QueryParams.enumValue(PositionType.class, "type", type), page);
        return Page.of(found.items().stream().map(positions::snapshot).toList(), page, found.total());
    }
}
