package id.merit.employee.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.employee.RegistryJob;
import id.merit.employee.client.RegistryFile;
import id.merit.employee.client.RegistryHistory;
import id.merit.employee.client.RegistryTrainings;
import id.merit.employee.service.EmployeeService;
import id.merit.employee.service.RegistryImporter;
import id.merit.employee.service.RegistryJobs;
import id.merit.employee.service.RegistrySync;
import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry sync (SIASN)")
public class RegistryResource {
    static final int MAX_ROWS = 50_000;
    static final int MAX_REJECTIONS_SHOWN = 1000;

    @Inject
    RegistrySync sync;
    @Inject
    RegistryJobs jobs;
    @Inject
    Idempotency idempotency;
    @Inject
    ObjectMapper mapper;

    /**
     * {@code rejectedHistory}: the history rows (and reads) that were skipped, with the reason — the employee was still
     * synced; {@code rejectedTrainings}: those of rw-diklat / rw-kursus, as before the other histories were read.
     */
    public record SyncOutcome(String nip, EmployeeService.Outcome outcome,
                              @Schema(description = "skipped rows of rw-diklat, rw-kursus, rw-skp22, rw-pendidikan and rw-kompetensi, and reads "
                                      + "the registry refused or could not answer (index 0); the employee was still synced")
                              List<RegistryHistory.Rejection> rejectedHistory,
                              @Schema(description = "the rw-diklat / rw-kursus part of rejectedHistory", deprecated = true)
                              List<RegistryHistory.Rejection> rejectedTrainings) {
        static SyncOutcome of(String nip, RegistryImporter.Result r) {
            return new SyncOutcome(nip, r.outcome(), r.rejected(), r.rejected().stream()
                    .filter(x -> x.source().equals(RegistryTrainings.DIKLAT) || x.source().equals(RegistryTrainings.KURSUS)).toList());
        }
    }

    @Schema(name = "BulkSync")
    public record BulkSync(@NotNull @Size(min = 1, max = 10_000)
                           @Schema(examples = "[\"198609262015051001\", \"199001152018032002\"]")
                           List<@NotNull @Pattern(regexp = "[0-9]{18}", message = "must be 18 digits") String> nips) {
    }

    public record JobView(UUID id, RegistryJob.Kind kind, RegistryJob.State state, int total, int processed, int created,
                          int updated, int unchanged, int rejected, List<RegistryJobs.Rejection> rejections, String failure,
                          OffsetDateTime createdAt, String createdBy, OffsetDateTime finishedAt) {
    }

    @Schema(name = "RegistryJobSummary", description = "a job without its rejection reasons (GET the job for them)")
    public record JobSummary(UUID id, RegistryJob.Kind kind, RegistryJob.State state, int total, int processed, int created,
                             int updated, int unchanged, int rejected, String failure, OffsetDateTime createdAt, String createdBy,
                             OffsetDateTime finishedAt) {
        static JobSummary of(RegistryJob j) {
            return new JobSummary(j.id, j.kind, j.state, j.total, RegistryResource.processed(j), j.created, j.updated, j.unchanged, j.rejected, j.failure,
                    j.createdAt, j.createdBy, j.finishedAt);
        }
    }

    @POST
    @Path("/employees/{nip}/sync")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "syncOneRegistry", summary = "Sync one employee from pns/data-utama, rw-diklat, rw-kursus, rw-skp22, rw-pendidikan "
            + "and rw-kompetensi", description = "hr-admin. All six are read before anything is written. 404 when the registry does not know "
            + "the NIP, 422 when its main record breaks our rules, 503 when the registry is unreachable after retries. A history row that "
            + "breaks the rules (or a year of rw-skp22 given with different predikat) is skipped and listed in rejectedHistory; a history "
            + "read the registry refuses or cannot answer is listed there too and leaves that part of the record as it was; the rest is "
            + "imported. A change to any part is UPDATED (one new version, one employee.upserted); the same data again is UNCHANGED.")
    public SyncOutcome syncOne(@PathParam("nip") @Pattern(regexp = "[0-9]{18}", message = "must be 18 digits") String nip) {
        return SyncOutcome.of(nip, sync.syncOne(nip));
    }

    @POST
    @Path("/units/sync")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "syncUnitsRegistry", summary = "Sync the organisation tree from referensi/ref-unor", description = "hr-admin; parents first, a unit whose "
            + "parent chain loops is rejected")
    public RegistrySync.UnitSyncResult syncUnits() {
        return sync.syncUnits();
    }

    @POST
    @Path("/jobs")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "startSyncRegistry", summary = "Start a bulk sync of NIPs", description = "hr-admin; runs in the background — poll the Location for progress. "
            + "Idempotency-Key makes a retry safe.")
    public Response startSync(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key, @NotNull @Valid BulkSync body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/registry/jobs", body, () -> accepted(sync.startSync(body.nips()), uri));
    }

    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "importFileRegistry", summary = "Import a registry export file", description = "hr-admin. CSV with a header of data-utama field names "
            + "(nipBaru,nama,gelarDepan,gelarBelakang,tempatLahir,tglLahir,jenisKelamin,golRuangAkhirId,tmtGolAkhir,unorId,"
            + "pendidikanTerakhirNama,tahunLulus) or a JSON array of data-utama objects. Each bad row is rejected with its reason; "
            + "good rows are kept. A file carries no histories: trainings, registry appraisal results and SIASN competency "
            + "assessments stay as they are (education only gains data-utama's last one, as in a sync). Runs in the background like a sync job.")
    @RequestBody(content = {
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "text/csv", example =
                    "nipBaru,nama,tglLahir,jenisKelamin,golRuangAkhirId,tmtGolAkhir\n198609262015051001,Budi Santoso,26-09-1986,M,32,01-04-2019"),
            @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", example =
                    "[{\"nipBaru\":\"198609262015051001\",\"nama\":\"Budi Santoso\",\"tglLahir\":\"26-09-1986\",\"jenisKelamin\":\"M\"}]")})
    public Response importFile(@HeaderParam("Content-Type") String contentType, @NotNull String body, @Context UriInfo uri) {
        List<JsonNode> records;
        try {
            records = contentType != null && contentType.startsWith("text/csv") ? RegistryFile.csv(body) : RegistryFile.json(body, mapper);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("body", e.getMessage());
        } catch (IOException e) {
            throw ProblemException.invalid("body", "not readable JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (records.isEmpty() || records.size() > MAX_ROWS) {
            throw ProblemException.invalid("body", "must hold 1-" + MAX_ROWS + " records, has " + records.size());
        }
        return accepted(sync.startImport(records), uri);
    }

    @GET
    @Path("/jobs")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "jobsRegistry", summary = "Sync and import jobs, newest first", description = "hr-admin's and the nightly "
            + "sync's (created by registry-nightly), paged")
    public Page<JobSummary> jobs(@Valid @BeanParam PageQuery page) {
        return Page.of(jobs.recent(page.page, page.size).stream().map(JobSummary::of).toList(), page, jobs.count());
    }

    @GET
    @Path("/jobs/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "jobRegistry", summary = "Progress of a sync or import job", description = "counts of created / updated / unchanged / rejected, and "
            + "the reason for each rejected row (first " + MAX_REJECTIONS_SHOWN + ")")
    public JobView job(@PathParam("id") UUID id) {
        return view(jobs.find(id));
    }

    private Response accepted(RegistryJob j, UriInfo uri) {
        return Response.accepted(view(j)).location(uri.getBaseUriBuilder().path("/api/v1/registry/jobs/" + j.id).build()).build();
    }

    private JobView view(RegistryJob j) {
        return new JobView(j.id, j.kind, j.state, j.total, processed(j), j.created, j.updated,
                j.unchanged, j.rejected, jobs.rejections(j.id, MAX_REJECTIONS_SHOWN), j.failure, j.createdAt, j.createdBy, j.finishedAt);
    }

    private static int processed(RegistryJob j) {
        return j.created + j.updated + j.unchanged + j.rejected;
    }
}
