package id.merit.placement.rest;

import id.merit.placement.service.TalentService;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Talent 9-box")
public class TalentResource {
    @Inject
    TalentService talent;

    @GET
    @Path("/talent/{nip}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR, Roles.EMPLOYEE})
    @Operation(summary = "An employee's 9-box and its recommendation", description = "latest predikat x potential; an employee sees only their own. "
            + "latestSource: MERIT (Merit's own final result) or REGISTRY (the national registry's, SIASN); latestUnderObjection: an "
            + "objection has reopened it (it counts until the decision)")
    public TalentService.Talent get(@PathParam("nip") @Pattern(regexp = "[0-9]{18}", message = "must be 18 digits") String nip) {
        return talent.of(nip);
    }

    @GET
    @Path("/talent-pool")
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR})
    @Operation(summary = "The talent pool: active employees in boxes 7-9", description = "best box first, then by NIP; filter by unit")
    public Page<TalentService.Talent> pool(@QueryParam("unitId") UUID unitId, @Valid @BeanParam PageQuery page) {
        List<TalentService.Talent> all = talent.pool(unitId);
        int from = Math.min(page.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + page.size, all.size())), page, all.size());
    }
}
