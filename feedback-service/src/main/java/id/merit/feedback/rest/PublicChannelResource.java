package id.merit.feedback.rest;

import id.merit.feedback.ModerationItem;
import id.merit.feedback.PublicChannel;
import id.merit.feedback.domain.RaterGroup;
import id.merit.feedback.service.Clock;
import id.merit.feedback.service.PublicFeedbackService;
import id.merit.feedback.service.QrCodes;
import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.rest.QueryParams;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public feedback administration")
public class PublicChannelResource {
    @Inject
    PublicFeedbackService feedback;
    @Inject
    Idempotency idempotency;
    @Inject
    Clock clock;

    @Schema(name = "NewChannel")
    public record NewChannel(@NotNull UUID unitId,
                             @Pattern(regexp = PeerRoundResource.NIP, message = "must be an 18-digit NIP") String employeeNip,
                             @NotBlank @Size(max = 200) @Pattern(regexp = PublicSubmission.NO_MARKUP, message = PublicSubmission.NO_MARKUP_MESSAGE)
                             @Schema(examples = "Loket Pelayanan KTP") String name,
                             @NotNull @Schema(examples = "SERVICE_DESK") PublicChannel.Kind kind) {
    }

    @Schema(name = "Channel")
    public record ChannelView(UUID id, UUID unitId, String employeeNip, String name, PublicChannel.Kind kind, long version,
                              OffsetDateTime createdAt, String createdBy) {
        static ChannelView of(PublicChannel c) {
            return new ChannelView(c.id, c.unitId, c.employeeNip, c.name, c.kind, c.version, c.createdAt, c.createdBy);
        }
    }

    @Schema(name = "NewVisitToken")
    public record NewToken(@NotBlank @Size(max = 100) @Pattern(regexp = PublicSubmission.NO_MARKUP, message = PublicSubmission.NO_MARKUP_MESSAGE)
                           @Schema(examples = "Perekaman KTP-el") String serviceType,
                           @Min(1) @Max(10080) @Schema(description = "minutes until it expires; default from configuration")
                           Integer validMinutes,
                           @Schema(enumeration = {"CITIZEN", "STUDENT", "PARENT"}, defaultValue = "CITIZEN", examples = "CITIZEN",
                                   description = "who rates, fixed by the issuer: CITIZEN rates the unit's service (nine SKM elements, "
                                           + "the unit's IKM) and, when the token is about an employee, their behaviour; STUDENT and "
                                           + "PARENT rate the employee's behaviour only and need one") RaterGroup group,
                           @Pattern(regexp = PeerRoundResource.NIP, message = "must be an 18-digit NIP")
                           @Schema(description = "the employee the visit is about, when the channel names none: an active "
                                   + "employee of the channel's unit (e.g. the teacher, on a school's channel)") String employeeNip) {
    }

    @Schema(name = "ModerationItem", description = "a citizen's comment, already masked; never linked to the citizen")
    public record ModerationView(UUID id, String text, ModerationItem.Status status, String reason, long version) {
        static ModerationView of(ModerationItem m) {
            return new ModerationView(m.id, m.text, m.status, m.reason, m.version);
        }
    }

    @Schema(name = "ModerationDecision")
    public record Decision(@Size(max = 500) @Pattern(regexp = PublicSubmission.NO_MARKUP, message = PublicSubmission.NO_MARKUP_MESSAGE) String reason) {
    }

    @POST
    @Path("/channels")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Create a public feedback channel", description = "a service desk or school of a unit, optionally about one employee; "
            + "Idempotency-Key makes a retry safe")
    public Response createChannel(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                                  @NotNull @Valid NewChannel body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/feedback/channels", body, () -> {
            PublicChannel c = feedback.createChannel(body.unitId(), body.employeeNip(), body.name(), body.kind());
            return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                    .tag(Versions.etag(c.version)).entity(ChannelView.of(c)).build();
        });
    }

    @GET
    @Path("/channels")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.AUDITOR})
    @Operation(summary = "List channels", description = "sorted by name")
    public Page<ChannelView> channels(@Valid @BeanParam PageQuery page) {
        return Page.of(feedback.channels(page.offset(), page.size).stream().map(ChannelView::of).toList(), page, PublicChannel.count());
    }

    @POST
    @Path("/channels/{id}/tokens")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "Issue a one-time visit token", description = "hr-admin or staff of the channel's unit; names who rates "
            + "(group CITIZEN, STUDENT or PARENT; default CITIZEN) and about whom; STUDENT and PARENT without an employee "
            + "(the channel's or employeeNip) are 422; returns the short code, the page URL and the QR image link")
    public Response issue(@PathParam("id") UUID channelId, @NotNull @Valid NewToken body, @Context UriInfo uri) {
        PublicFeedbackService.IssuedToken t = feedback.issue(channelId, body.serviceType(), body.validMinutes(), body.group(),
                body.employeeNip());
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/feedback/tokens/" + t.code() + "/qr.png").build())
                .entity(t).build();
    }

    @GET
    @Path("/tokens/{code}/qr.png")
    @Produces("image/png")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "QR code of a visit token (PNG)", description = "for printing; it encodes the page URL /f/{code}")
    public Response qr(@PathParam("code") @Size(max = 40) String code, @QueryParam("size") @DefaultValue("320") @Min(120) @Max(1200) int size) {
        return Response.ok(QrCodes.png(feedback.qrUrl(code), size), "image/png").build();
    }

    @GET
    @Path("/moderation")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Moderation queue", description = "hr-admin; comments by status (default PENDING)")
    public Page<ModerationView> queue(@QueryParam("status") @DefaultValue("PENDING") String statusName,
                                      @Valid @BeanParam PageQuery page) {
        ModerationItem.Status status = QueryParams.enumValue(ModerationItem.Status.class, "status", statusName);
        if (status == null) {
            status = ModerationItem.Status.PENDING;
        }
        return Page.of(feedback.queue(status, page.offset(), page.size).stream().map(ModerationView::of).toList(), page,
                feedback.queueSize(status));
    }

    @POST
    @Path("/moderation/{id}/approve")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Approve a comment", description = "needs If-Match; the comment then counts and is shown (only where its group passes k)")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ModerationItem m = feedback.decide(id, ifMatch, true, null);
        return Response.ok(ModerationView.of(m)).tag(Versions.etag(m.version)).build();
    }

    @POST
    @Path("/moderation/{id}/reject")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Reject a comment", description = "needs If-Match and a reason")
    public Response reject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Decision body) {
        ModerationItem m = feedback.decide(id, ifMatch, false, body.reason());
        return Response.ok(ModerationView.of(m)).tag(Versions.etag(m.version)).build();
    }

    @GET
    @Path("/units/{unitId}/ikm")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "IKM of a unit for a year", description = "NRR per element, IKM = Σ(NRR × 1/9) × 25, grade A-D, respondent count; "
            + "of CITIZEN responses only (students and parents rate a teacher, not the unit's service) submitted before today "
            + "(a response counts from the next day, so the figures move once a day, not with each visit); only from k "
            + "responses (CITIZEN's anonymity threshold): below it shown=false and nothing else; year defaults to the current "
            + "year in MERIT_FEEDBACK_ZONE")
    public PublicFeedbackService.UnitIkm ikm(@PathParam("unitId") UUID unitId,
                                             @QueryParam("year") @Min(2000) @Max(2100)
                                             @Parameter(description = FeedbackTaskResource.YEAR_OR_CURRENT, example = "2026") Integer year) {
        return feedback.unitIkm(unitId, clock.yearOr(year));
    }

    @GET
    @Path("/employees/{nip}/public")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "An employee's public rating for a year", description = "per public group (CITIZEN, STUDENT, PARENT), each "
            + "only from its own k responses (below it: shown=false and the threshold, no scores, no comments); IKM only for "
            + "CITIZEN; a response counts from the day after it was submitted; the employee, their appraiser and hr-admin; "
            + "year defaults to the current year in MERIT_FEEDBACK_ZONE")
    public PublicFeedbackService.EmployeePublic employeePublic(
            @PathParam("nip") @Pattern(regexp = PeerRoundResource.NIP, message = "must be an 18-digit NIP") String nip,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = FeedbackTaskResource.YEAR_OR_CURRENT, example = "2026")
            Integer year) {
        return feedback.employeePublic(nip, clock.yearOr(year));
    }
}
