package id.merit.employee.rest;

import id.merit.employee.Training;
import id.merit.employee.domain.TrainingSource;
import id.merit.employee.domain.TrainingType;
import id.merit.employee.service.TrainingData;
import id.merit.employee.service.TrainingService;
import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.rest.Versions;
import id.merit.platform.rest.QueryParams;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/employees/{nip}/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training records")
public class TrainingResource {
    private static final String NIP = "[0-9]{18}";
    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;

    @Inject
    TrainingService trainings;
    @Inject
    Idempotency idempotency;

    /** One training as the API shows it: the event's fields plus display label, registry reference and version. */
    public record TrainingItem(UUID id, String nip, String title, TrainingType type, String typeLabel, String provider,
                               LocalDate startDate, LocalDate endDate, int hours, List<String> competencies, String evidenceUrl,
                               TrainingSource source, String registrySource, String registryId, long version,
                               OffsetDateTime updatedAt, String updatedBy) {
        static TrainingItem of(Training t) {
            return new TrainingItem(t.id, t.nip, t.title, t.type, t.type.label, t.provider, t.startDate, t.endDate, t.hours,
                    List.copyOf(t.competencies), t.evidenceUrl, t.source, t.registrySource, t.registryId, t.version, t.updatedAt, t.updatedBy);
        }
    }

    /** With {@code year}: the activities that ended in that year and their JP total (an activity counts in its end date's year). */
    public record TrainingList(String nip, Integer year, Integer totalHours, List<TrainingItem> items) {
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "createTraining", summary = "Record a completed development activity", description = "hr-admin. endDate ≥ startDate, "
            + "hours 1..1000 JP, evidenceUrl https. Send Idempotency-Key to make a retry safe. Republishes employee.upserted.")
    public Response create(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                           @NotNull @Valid TrainingData body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/employees/" + nip + "/trainings", body, () -> {
            Training t = trainings.create(nip, body);
            return Response.created(uri.getAbsolutePathBuilder().path(t.id.toString()).build())
                    .tag(Versions.etag(t.version)).entity(TrainingItem.of(t)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "listTrainings", summary = "An employee's training records", description = "Sorted by endDate, then id. With year: "
            + "only activities that ended in that year, and totalHours (JP) for it — an activity crossing New Year counts in its end year. "
            + "Read as the employee record: the employee themself and their supervisors, hr-admin, integration, auditor.")
    public TrainingList list(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip,
                             @QueryParam("year") @Parameter(description = MIN_YEAR + ".." + MAX_YEAR, example = "2025") String year) {
        TrainingService.Listing l = trainings.list(nip, QueryParams.year("year", year, MIN_YEAR, MAX_YEAR));
        return new TrainingList(l.nip(), l.year(), l.totalHours(), l.items().stream().map(TrainingItem::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getTraining", summary = "One training record", description = "With its ETag for PUT / DELETE.")
    public Response get(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip, @PathParam("id") UUID id) {
        Training t = trainings.get(nip, id);
        return Response.ok(TrainingItem.of(t)).tag(Versions.etag(t.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "updateTraining", summary = "Correct a training record", description = "hr-admin; If-Match with the ETag you read "
            + "(stale → 412, missing → 428). A registry row may be corrected too; the next sync restores the fields the registry owns "
            + "(title, type, provider, dates, hours) and keeps competencies and evidence.")
    public Response update(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip, @PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "the ETag you read", example = "\"0\"") String ifMatch,
                           @NotNull @Valid TrainingData body) {
        Training t = trainings.update(nip, id, ifMatch, body);
        return Response.ok(TrainingItem.of(t)).tag(Versions.etag(t.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "deleteTraining", summary = "Delete a training record", description = "hr-admin; If-Match. A row imported from the "
            + "registry is refused with 409 (it would come back at the next sync).")
    public Response delete(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip, @PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "the ETag you read", example = "\"0\"") String ifMatch) {
        trainings.delete(nip, id, ifMatch);
        return Response.noContent().build();
    }
}
