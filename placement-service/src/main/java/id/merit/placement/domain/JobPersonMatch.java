package id.merit.placement.domain;

import java.util.List;
import java.util.Map;

/**
 * Job-Person Match (DESIGN §3): JPM = Σ min(attained, required) / Σ required × 100, so exceeding one
 * competency never compensates for missing another. Bands for selection and for mapping.
 */
public final class JobPersonMatch {
    private JobPersonMatch() {
    }

    public enum SelectionBand { MEMENUHI_SYARAT, MASIH_MEMENUHI_SYARAT, KURANG_MEMENUHI_SYARAT }

    public enum MappingBand { OPTIMAL, CUKUP_OPTIMAL, KURANG_OPTIMAL }

    public record Requirement(String code, int requiredLevel) {
    }

    public record Result(double percent, long attainedCapped, long required, SelectionBand selection, MappingBand mapping) {
    }

    /** @param attained latest assessed level per competency code; a missing code counts as level 0 */
    public static Result of(List<Requirement> standard, Map<String, Integer> attained) {
        long required = 0;
        long capped = 0;
        for (Requirement r : standard) {
            required += r.requiredLevel();
            capped += Math.min(attained.getOrDefault(r.code(), 0), r.requiredLevel());
        }
        // An empty standard asks for nothing, so the person meets all of it.
        double percent = required == 0 ? 100.0 : (100.0 * capped) / required;
        return new Result(percent, capped, required, selection(percent), mapping(percent));
    }

    public static SelectionBand selection(double percent) {
        if (percent >= 80.0) {
            return SelectionBand.MEMENUHI_SYARAT;
        }
        return percent >= 68.0 ? SelectionBand.MASIH_MEMENUHI_SYARAT : SelectionBand.KURANG_MEMENUHI_SYARAT;
    }

    public static MappingBand mapping(double percent) {
        if (percent >= 90.0) {
            return MappingBand.OPTIMAL;
        }
        return percent >= 78.0 ? MappingBand.CUKUP_OPTIMAL : MappingBand.KURANG_OPTIMAL;
    }
}
