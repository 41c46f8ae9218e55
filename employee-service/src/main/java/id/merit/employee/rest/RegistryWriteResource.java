package id.merit.employee.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import id.merit.employee.RegistryWrite;
import id.merit.employee.RegistryWriteAttempt;
import id.merit.employee.service.RegistryWrites;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.rest.QueryParams;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The registry writes (skp22/save of final appraisal results): the audit log of what was sent, and the retry of what failed. */
@Path("/api/v1/registry/writes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry sync (SIASN)")
public class RegistryWriteResource {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @Inject
    RegistryWrites writes;
    @Inject
    ObjectMapper mapper;

    /**
     * One try: the body sent (null when it could not be built), its outcome, the registry's answer or the error, and
     * when the next try was due after a failure.
     */
    public record AttemptView(int attempt, long sourceVersion, OffsetDateTime at, RegistryWriteAttempt.Outcome outcome,
                              @Schema(implementation = Object.class) JsonNode body,
                              @Schema(implementation = Object.class) JsonNode response, String error, OffsetDateTime retryAt,
                              String triggeredBy) {
    }

    /**
     * A write; {@code history} (every try, oldest first) only when read alone. {@code nextAttemptAt} only while it waits to
     * be sent; {@code body} and {@code response} are those of the last try.
     */
    public record WriteView(UUID id, UUID skpId, String nip, int year, long sourceVersion, String sourceEventId, String hasilKerja,
                            String perilakuKerja, String predikat, String appraiserNip, OffsetDateTime finalizedAt,
                            RegistryWrite.Status status, int attempts, OffsetDateTime nextAttemptAt, String lastError,
                            @Schema(implementation = Object.class) JsonNode body,
                            @Schema(implementation = Object.class) JsonNode response, OffsetDateTime sentAt,
                            Long heldVersion, String triggeredBy, long version, OffsetDateTime createdAt, String createdBy,
                            OffsetDateTime updatedAt, String updatedBy,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<AttemptView> history) {
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listRegistryWrites", summary = "Registry writes (skp22/save), newest first", description = "hr-admin, auditor. "
            + "One per final appraisal result to send; a result the registry took (SENT) that is corrected later is a new write. "
            + "Status PENDING (waits for its next try), SENDING, SENT, FAILED (every automatic try failed: retry it), HELD "
            + "(an objection reopened the appraisal before it went out).")
    public Page<WriteView> list(
            @QueryParam("status") @Parameter(description = "PENDING, SENDING, SENT, FAILED, HELD", example = "FAILED") String status,
            @QueryParam("nip") @Pattern(regexp = "[0-9]{18}", message = "must be 18 digits") @Parameter(description = "the appraised employee",
                    example = "198609262015051001") String nip,
            @QueryParam("year") @Parameter(description = MIN_YEAR + ".." + MAX_YEAR, example = "2025") String year,
            @Valid @BeanParam PageQuery page) {
        RegistryWrites.Found found = writes.list(QueryParams.enumValue(RegistryWrite.Status.class, "status", status),
                nip, QueryParams.year("year", year, MIN_YEAR, MAX_YEAR), page);
        return Page.of(found.items().stream().map(w -> view(w, null)).toList(), page, found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getRegistryWrite", summary = "One registry write with every try", description = "hr-admin, auditor. "
            + "With its ETag for the retry.")
    public Response get(@PathParam("id") UUID id) {
        RegistryWrite w = writes.find(id);
        return Response.ok(view(w, writes.attempts(id))).tag(Versions.etag(w.version)).build();
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "retryRegistryWrite", summary = "Send a FAILED or HELD write again", description = "hr-admin; If-Match with the "
            + "ETag you read (stale → 412, missing → 428). The write is PENDING at once, with a fresh budget of tries; any other "
            + "status → 409. A HELD write sends the result under objection as it is.")
    public Response retry(@PathParam("id") UUID id,
                          @HeaderParam("If-Match") @Parameter(description = "the ETag you read", example = "\"3\"") String ifMatch) {
        RegistryWrite w = writes.retry(id, ifMatch);
        return Response.ok(view(w, writes.attempts(id))).tag(Versions.etag(w.version)).build();
    }

    private WriteView view(RegistryWrite w, List<RegistryWriteAttempt> attempts) {
        boolean waiting = w.status == RegistryWrite.Status.PENDING || w.status == RegistryWrite.Status.SENDING;
        return new WriteView(w.id, w.skpId, w.nip, w.year, w.sourceVersion, w.sourceEventId, w.hasilKerja, w.perilakuKerja, w.predikat,
                w.appraiserNip, w.finalizedAt, w.status, w.attempts, waiting ? w.nextAttemptAt : null, w.lastError, json(w.body),
                json(w.response), w.sentAt, w.heldVersion, w.triggeredBy, w.version, w.createdAt, w.createdBy, w.updatedAt, w.updatedBy,
                attempts == null ? null : attempts.stream().map(a -> new AttemptView(a.attempt, a.sourceVersion, a.at, a.outcome,
                        json(a.body), json(a.response), a.error, a.retryAt, a.triggeredBy)).toList());
    }

    /** Stored bodies and answers are JSON text; shown as JSON (an answer that is not JSON as its text). */
    private JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            return TextNode.valueOf(text);
        }
    }
}
