package id.merit.placement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the placement rules know about one employee (from the projections). */
public record Candidate(String nip, String status, LocalDate birthDate, String golongan, UUID positionId, UUID unitId,
                        List<Education> education, Map<String, Integer> competencies, Double potentialScore,
                        List<Tenure> positionHistory, Map<Integer, Predikat> predikatByYear) {

    public record Education(EducationLevel level, String field, int year) {
    }

    /** One position held; until is null for the current one. */
    public record Tenure(PositionType type, LocalDate tmt, LocalDate until) {
    }

    /** The predikat of the most recent year on record, or null. */
    public Predikat latestPredikat() {
        return predikatByYear.entrySet().stream().max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
    }
}
