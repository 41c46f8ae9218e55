package id.merit.placement.rest;

import id.merit.placement.Proposal;
import id.merit.placement.service.Profiles;
import id.merit.placement.service.ProposalService;
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

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals and board decisions")
public class ProposalResource {
    @Inject
    ProposalService proposals;
    @Inject
    Profiles profiles;
    @Inject
    Idempotency idempotency;

    @Schema(name = "NewProposal")
    public record NewProposal(@NotNull UUID vacancyId,
                              @NotNull @Pattern(regexp = "[0-9]{18}", message = "must be 18 digits") String nip,
                              @Schema(description = "the run that assigned this pair; empty when proposed from a ranking") UUID runId) {
    }

    @Schema(name = "BoardDecision")
    public record DecisionBody(@NotNull ProposalService.Decision decision,
                               @NotBlank @Size(max = 2000) String reason,
                               @Size(max = 200) @Schema(description = "required to approve, e.g. the SK number", examples = "800/123/BKPSDM/2026") String decisionRef) {
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Propose an eligible employee for a vacancy", description = "hr-admin; from a ranking or a run (runId); "
            + "Idempotency-Key makes a retry safe")
    public Response propose(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key, @NotNull @Valid NewProposal body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/proposals", body, () -> {
            Proposal p = proposals.propose(body.vacancyId(), body.nip(), body.runId());
            return Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build()).tag(Versions.etag(p.version))
                    .entity(Views.ProposalView.of(p, profiles)).build();
        });
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.PLACEMENT_BOARD)
    @Operation(summary = "Approve or reject a proposal", description = "placement-board; If-Match: the proposal's ETag. "
            + "Approval publishes placement.approved on merit.placements.v1; a person or seat already taken is 409. "
            + "No Idempotency-Key: a retry with the same If-Match is refused with 412 (the version moved on), so it cannot decide twice.")
    public Response decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DecisionBody body) {
        Proposal p = proposals.decide(id, ifMatch, body.decision(), body.reason(), body.decisionRef());
        return Response.ok(Views.ProposalView.of(p, profiles)).tag(Versions.etag(p.version)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR})
    @Operation(summary = "Read a proposal with the score breakdown it was proposed with",
            description = "the breakdown as it was when proposed, predikatUsed included (proposals made before it have none)")
    public Response get(@PathParam("id") UUID id) {
        Proposal p = proposals.get(id);
        return Response.ok(Views.ProposalView.of(p, profiles)).tag(Versions.etag(p.version)).build();
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR})
    @Operation(summary = "List proposals", description = "oldest first; filter by vacancy and state")
    public Page<Views.ProposalView> list(@QueryParam("vacancyId") UUID vacancyId, @QueryParam("state") Proposal.State state,
                                         @Valid @BeanParam PageQuery page) {
        return Page.of(proposals.list(vacancyId, state, page.offset(), page.size).stream().map(p -> Views.ProposalView.of(p, profiles)).toList(),
                page, proposals.count(vacancyId, state));
    }
}
