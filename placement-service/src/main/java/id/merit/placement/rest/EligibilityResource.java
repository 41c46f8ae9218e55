package id.merit.placement.rest;

import id.merit.placement.service.RankingService;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility")
public class EligibilityResource {
    @Inject
    RankingService ranking;

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.PLACEMENT_BOARD, Roles.AUDITOR})
    @Operation(summary = "Which hard rules an employee passes or fails for a vacancy",
            description = "every rule with what was required and what the person has; the score breakdown when eligible. "
                    + "PREDIKAT_RECENT_YEARS says in actual, e.g. \"2025:BAIK (MERIT, under objection), 2024:BAIK (REGISTRY)\", and in "
                    + "predikatUsed where each year's predikat comes from; " + Views.PREDIKAT_USED)
    public RankingService.PairCheck check(@QueryParam("vacancyId") @NotNull UUID vacancyId,
                                          @QueryParam("nip") @NotNull @Pattern(regexp = "[0-9]{18}", message = "must be 18 digits") String nip) {
        return ranking.check(vacancyId, nip);
    }
}
