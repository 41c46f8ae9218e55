package id.merit.placement.rest;

import id.merit.placement.PlacementRun;
import id.merit.placement.Proposal;
import id.merit.placement.Vacancy;
import id.merit.placement.service.Overrides;
import id.merit.placement.service.Profiles;
import id.merit.placement.service.RunService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Response bodies (JSON shapes of the API). */
final class Views {
    /** OpenAPI text for the predikatUsed lists of eligibility checks and score parts. */
    static final String PREDIKAT_USED = "each entry {year, predikat, source, underObjection}: predikat null when the year has none; "
            + "source MERIT (Merit's own final result) or REGISTRY (the national registry's, SIASN, for a year Merit has none); "
            + "underObjection when an objection has reopened it, which stays in force until the decision";

    private Views() {
    }

    record VacancyView(UUID id, UUID positionId, String positionType, UUID unitId, Vacancy.State state, LocalDate tmt,
                       Overrides.Requirements requirements, Overrides.Weights weights, String note, long version,
                       OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {
        static VacancyView of(Vacancy v, Profiles p) {
            return new VacancyView(v.id, v.positionId, v.positionType, v.unitId, v.state, v.tmt,
                    v.requirementOverrides == null ? null : p.read(v.requirementOverrides, Overrides.Requirements.class),
                    v.weightOverrides == null ? null : p.read(v.weightOverrides, Overrides.Weights.class),
                    v.note, v.version, v.createdAt, v.createdBy, v.updatedAt, v.updatedBy);
        }
    }

    record RunView(UUID id, List<UUID> vacancyIds, int poolSize, Integer maxMovesPerUnit, String method, String status,
                   double totalScore, int assigned, long eligiblePairs, long solveMillis, List<RunService.Assignment> assignments,
                   List<UUID> unfilledVacancyIds, OffsetDateTime createdAt, String createdBy) {
        static RunView of(PlacementRun r, RunService runs, Profiles p) {
            RunService.Result result = runs.result(r);
            UUID[] ids = p.read(r.vacancyIds, UUID[].class);
            return new RunView(r.id, List.of(ids), result.poolSize(), r.maxMovesPerUnit, r.method, r.status, r.totalScore, r.assigned,
                    r.eligiblePairs, r.solveMillis, result.assignments(), result.unfilledVacancyIds(), r.createdAt, r.createdBy);
        }
    }

    record ProposalView(UUID id, UUID vacancyId, String nip, UUID positionId, UUID unitId, LocalDate tmt, Proposal.Source source,
                        UUID runId, double score, Object breakdown, Proposal.State state, String decisionReason,
                        String decisionRef, String decidedBy, OffsetDateTime decidedAt, long version, OffsetDateTime createdAt,
                        String createdBy) {
        static ProposalView of(Proposal x, Profiles p) {
            return new ProposalView(x.id, x.vacancyId, x.nip, x.positionId, x.unitId, x.tmt, x.source, x.runId, x.score,
                    p.read(x.breakdown, Object.class), x.state, x.decisionReason, x.decisionRef, x.decidedBy, x.decidedAt, x.version,
                    x.createdAt, x.createdBy);
        }
    }
}
