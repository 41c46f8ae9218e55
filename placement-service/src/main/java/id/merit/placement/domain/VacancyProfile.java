package id.merit.placement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The seat to fill as the rules see it; referenceDate is the TMT against which age, tenure and years are measured. */
public record VacancyProfile(UUID positionId, PositionType type, UUID unitId, Set<String> incumbentNips,
                             List<JobPersonMatch.Requirement> competencyStandard, Requirements requirements,
                             Weights weights, LocalDate referenceDate) {
}
