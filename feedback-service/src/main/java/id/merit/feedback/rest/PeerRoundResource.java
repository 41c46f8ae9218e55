package id.merit.feedback.rest;

import id.merit.feedback.PeerInvitation;
import id.merit.feedback.PeerRound;
import id.merit.feedback.domain.RaterGroup;
import id.merit.feedback.service.PeerRoundService;
import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/peer-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "360° rounds")
public class PeerRoundResource {
    static final String NIP = "[0-9]{18}";

    @Inject
    PeerRoundService rounds;
    @Inject
    Idempotency idempotency;

    @Schema(name = "NewPeerRound")
    public record NewRound(
            @NotNull @Pattern(regexp = NIP, message = "must be an 18-digit NIP") @Schema(examples = "198609262015051001") String rateeNip,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2026") Integer year,
            @NotNull @Schema(examples = "2026-11-30") LocalDate deadline) {
    }

    @Schema(name = "PeerRound")
    public record RoundView(UUID id, String rateeNip, int year, LocalDate deadline, PeerRound.Status status, long version) {
        static RoundView of(PeerRound r) {
            return new RoundView(r.id, r.rateeNip, r.year, r.deadline, r.status, r.version);
        }
    }

    @Schema(name = "Rater")
    public record Rater(@NotNull @Pattern(regexp = NIP, message = "must be an 18-digit NIP") String nip,
                        @NotNull @Schema(examples = "PEER") RaterGroup group) {
    }

    @Schema(name = "Invitations")
    public record Invitations(@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Rater> raters) {
    }

    @Schema(name = "Invitation", description = "who was invited in which group; never whether or what they answered")
    public record InvitationView(UUID id, String raterNip, RaterGroup group) {
        static InvitationView of(PeerInvitation i) {
            return new InvitationView(i.id, i.raterNip, i.group);
        }
    }

    @POST
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Open a 360° round", description = "hr-admin or the ratee's appraiser; one round per employee and year; "
            + "Idempotency-Key makes a retry safe")
    public Response open(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                         @NotNull @Valid NewRound body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/peer-rounds", body, () -> {
            PeerRound r = rounds.open(body.rateeNip(), body.year(), body.deadline());
            return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                    .tag(Versions.etag(r.version)).entity(RoundView.of(r)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Read a round", description = "the ratee, their appraiser and hr-admin")
    public Response get(@PathParam("id") UUID id) {
        PeerRound r = rounds.get(id);
        return Response.ok(RoundView.of(r)).tag(Versions.etag(r.version)).build();
    }

    @GET
    @Path("/{id}/suggestions")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Suggested raters by group", description = "from the organisation data: self, supervisor, direct reports, unit colleagues")
    public List<PeerRoundService.Suggestion> suggestions(@PathParam("id") UUID id) {
        return rounds.suggestions(id);
    }

    @POST
    @Path("/{id}/invitations")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Invite raters", description = "hr-admin or the appraiser; suggested or manual picks, checked against the group rules")
    public Response invite(@PathParam("id") UUID id, @NotNull @Valid Invitations body) {
        List<InvitationView> created = rounds.invite(id, body.raters().stream()
                .map(r -> new PeerRoundService.Invitee(r.nip(), r.group())).toList()).stream().map(InvitationView::of).toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}/reminders")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "How many invitees of each group are still to answer", description = "hr-admin or the appraiser; names only "
            + "in the named groups (self, supervisor): in the anonymous ones they would tell who answered. Invitees see the round in their "
            + "own task list (GET /api/v1/feedback/tasks) until they answer")
    public List<PeerRoundService.Pending> reminders(@PathParam("id") UUID id) {
        return rounds.pending(id);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Close a round", description = "hr-admin or the appraiser; needs If-Match; answers are final afterwards, "
            + "count in the results and go out in feedback.summary. A round still open the day after its deadline is closed by the service")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PeerRound r = rounds.close(id, ifMatch);
        return Response.ok(RoundView.of(r)).tag(Versions.etag(r.version)).build();
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Results per rater group",
            description = "each invited group with how many were invited; means and comments only once the round is CLOSED "
                    + "(by hand, or by the service the day after its deadline) and only for groups with at least k answers "
                    + "(k >= 3 for anonymous groups; shown=false and the threshold otherwise). While the round is OPEN "
                    + "nothing that moves with an answer is shown, not even how many answered. SELF and SUPERVISOR are named; "
                    + "no rater identities or times")
    public PeerRoundService.Results results(@PathParam("id") UUID id) {
        return rounds.results(id);
    }
}
