package id.merit.placement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the placement rules know about one employee (from the projections).
 *
 * @param predikatByYear the one predikat history per year: Merit's own final results and, for the years Merit has none,
 *                       the national registry's
 */
public record Candidate(String nip, String status, LocalDate birthDate, String golongan, UUID positionId, UUID unitId,
                        List<Education> education, Map<String, Integer> competencies, Double potentialScore,
                        List<Tenure> positionHistory, Map<Integer, PredikatYear> predikatByYear) {

    public record Education(EducationLevel level, String field, int year) {
    }

    /** One position held; until is null for the current one. */
    public record Tenure(PositionType type, LocalDate tmt, LocalDate until) {
    }

    /** The most recent year on record (of either source), or null. */
    public PredikatYear latest() {
        return predikatByYear.entrySet().stream().max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
    }

    /** The predikat of the most recent year on record, or null. */
    public Predikat latestPredikat() {
        PredikatYear latest = latest();
        return latest == null ? null : latest.predikat();
    }

    /** The given number of years before the reference date's year, newest first; a year without a predikat is {@link PredikatYear#none}. */
    public List<PredikatYear> predikatWindow(LocalDate reference, int years) {
        int last = reference.getYear() - 1;
        List<PredikatYear> out = new ArrayList<>(years);
        for (int y = last; y > last - years; y--) {
            out.add(predikatByYear.getOrDefault(y, PredikatYear.none(y)));
        }
        return out;
    }
}
