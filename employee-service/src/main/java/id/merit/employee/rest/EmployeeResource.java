package id.merit.employee.rest;

import id.merit.employee.Employee;
import id.merit.employee.domain.EmployeeStatus;
import id.merit.employee.domain.PositionType;
import id.merit.employee.events.EmployeeSnapshot;
import id.merit.employee.service.EmployeeData;
import id.merit.employee.service.EmployeeService;
import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.QueryParams;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/employees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employees")
public class EmployeeResource {
    private static final String NIP = "[0-9]{18}";

    @Inject
    EmployeeService employees;
    @Inject
    Idempotency idempotency;

    /** One line of a search result. */
    public record EmployeeSummary(String nip, String displayName, String employmentType, String golongan, EmployeeStatus status,
                                  UUID unitId, UUID positionId, long version) {
        static EmployeeSummary of(Employee e) {
            return new EmployeeSummary(e.nip, e.displayName(), e.employmentType.name(), e.golongan == null ? null : e.golongan.code,
                    e.status, e.unitId, e.positionId, e.version);
        }
    }

    @Schema(name = "PositionAssignment")
    public record PositionAssignment(@NotNull UUID positionId, @NotNull @Schema(examples = "2026-01-02") LocalDate tmt,
                                     @Size(max = 200) @Schema(examples = "800/123/BKPSDM/2026") String decisionRef) {
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "createEmployee", summary = "Register an employee", description = "hr-admin. The NIP / NI PPPK is parsed: birth date and sex must agree "
            + "with it. Send Idempotency-Key to make a retry safe. Publishes employee.upserted.")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                           @NotNull @Valid EmployeeData body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/employees", body, () -> {
            Employee e = employees.create(body);
            return Response.created(uri.getAbsolutePathBuilder().path(e.nip).build())
                    .tag(Versions.etag(e.version)).entity(employees.snapshot(e)).build();
        });
    }

    @GET
    @Path("/{nip}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "getEmployee", summary = "Read an employee", description = "The full snapshot (as in employee.upserted). An employee reads their own record "
            + "and those of the employees they supervise.")
    public Response get(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip) {
        EmployeeSnapshot s = employees.readSnapshot(nip);
        return Response.ok(s).tag(Versions.etag(s.version())).build();
    }

    @PUT
    @Path("/{nip}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "updateEmployee", summary = "Update an employee", description = "hr-admin; send the ETag you read in If-Match (stale → 412). A status that "
            + "leaves active service also publishes employee.deactivated.")
    public Response update(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip,
                           @HeaderParam("If-Match") @Parameter(description = "the ETag you read", example = "\"0\"") String ifMatch,
                           @NotNull @Valid EmployeeData body) {
        Employee e = employees.update(nip, ifMatch, body);
        return Response.ok(employees.snapshot(e)).tag(Versions.etag(e.version)).build();
    }

    @PUT
    @Path("/{nip}/position")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "assignEmployee", summary = "Assign a position", description = "hr-admin; closes the current position history row at the TMT and opens "
            + "the new one. Needs a free seat and If-Match.")
    public Response assign(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip,
                           @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PositionAssignment body) {
        Employee e = employees.assign(nip, ifMatch, body.positionId(), body.tmt(), body.decisionRef());
        return Response.ok(employees.snapshot(e)).tag(Versions.etag(e.version)).build();
    }

    @GET
    @Path("/{nip}/supervisor")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "supervisorEmployee", summary = "The employee's supervisor", description = "Holder of the head position of the unit above (own unit for "
            + "staff); a vacant head passes it up. 404 when there is none.")
    public EmployeeSummary supervisor(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip) {
        return employees.supervisor(nip).map(EmployeeSummary::of)
                .orElseThrow(() -> ProblemException.notFound("supervisor of employee", nip));
    }

    @GET
    @Path("/{nip}/reports")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "reportsEmployee", summary = "The people the employee supervises", description = "Direct reports in "
            + "active service, by name then NIP: for the holder of a unit's head position, its staff, the heads of its child units "
            + "and the people below a child unit whose head is vacant; empty for anyone else. Read as the employee record: a "
            + "supervisor reads their own team.")
    public Page<EmployeeSummary> reports(@PathParam("nip") @Pattern(regexp = NIP, message = "must be 18 digits") String nip,
                                         @Valid @BeanParam PageQuery page) {
        return Page.slice(employees.reports(nip), page).map(EmployeeSummary::of);
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION, Roles.AUDITOR})
    @Operation(operationId = "searchEmployee", summary = "Search employees", description = "Filters combine; sorted by name then NIP.")
    public Page<EmployeeSummary> search(
            @QueryParam("name") @Size(max = 200) @Parameter(description = "part of the name", example = "aminah") String name,
            @QueryParam("nip") @Pattern(regexp = "[0-9]{1,18}", message = "digits, a NIP prefix") @Parameter(description = "NIP prefix", example = "1986") String nip,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("includeSubUnits") @DefaultValue("true") boolean includeSubUnits,
            @QueryParam("positionType") @Parameter(description = "JPT_UTAMA, ..., FUNGSIONAL", example = "PENGAWAS") String positionType,
            @QueryParam("golongan") @Size(max = 10) @Parameter(example = "III/b") String golongan,
            @QueryParam("status") @Parameter(description = "ACTIVE, LEAVE, SUSPENDED, RETIRED, DISMISSED, DECEASED", example = "ACTIVE") String status,
            @Valid @BeanParam PageQuery page) {
        EmployeeService.Found found = employees.search(new EmployeeService.Search(blank(name), blank(nip), unitId, includeSubUnits,
                QueryParams.enumValue(PositionType.class, "positionType", positionType), blank(golongan),
                QueryParams.enumValue(EmployeeStatus.class, "status", status)), page);
        return Page.of(found.items().stream().map(EmployeeSummary::of).toList(), page, found.total());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
