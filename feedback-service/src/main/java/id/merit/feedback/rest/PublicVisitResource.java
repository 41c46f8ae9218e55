package id.merit.feedback.rest;

import id.merit.feedback.service.PublicFeedbackService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anonymous, token-gated: what citizens' apps (and the page at /f/{code}) use. */
@Path("/api/v1/public/visits/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public feedback (anonymous)")
@PermitAll
public class PublicVisitResource {
    @Inject
    PublicFeedbackService feedback;
    @Inject
    ClientRequests clients;

    @GET
    @Operation(summary = "What a visit code is for", description = "state OPEN, USED or EXPIRED, and group (CITIZEN, STUDENT or "
            + "PARENT: which questions apply); 404 for a forged or unknown code")
    public PublicFeedbackService.Visit visit(@PathParam("code") @Size(max = 40) String code, @Context HttpServerRequest request) {
        clients.countAddress(request);
        return feedback.visit(code);
    }

    @POST
    @Path("/responses")
    @Operation(summary = "Rate a visit", description = "one submission per code: 409 when used, 410 when expired, 404 when forged; "
            + "429 with Retry-After when rate-limited; 422 when the answers do not fit the code's group (CITIZEN: all nine SKM "
            + "elements; STUDENT, PARENT: behaviour only, at least one value)")
    public Response submit(@PathParam("code") @Size(max = 40) String code, @NotNull @Valid PublicSubmission body,
                           @Context HttpServerRequest request) {
        clients.countAddress(request);
        clients.countChannel(feedback.channelOf(code));
        feedback.submit(code, PublicSubmission.Elements.asMap(body.elements()), PublicSubmission.Behaviour.asMap(body.behaviour()),
                body.comment());
        return Response.status(Response.Status.CREATED).build();
    }
}
