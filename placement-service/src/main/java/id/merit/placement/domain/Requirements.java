package id.merit.placement.domain;

import java.util.List;
import java.util.Set;

/**
 * The hard requirements of one vacancy after merging configuration (per position type), the position's own
 * profile and the vacancy's overrides. A null or empty value means "no requirement".
 */
public record Requirements(EducationLevel minEducation, List<String> acceptedFields, String minGolongan,
                           int minYearsExperience, Set<PositionType> experienceIn, Integer maxAge,
                           Predikat minPredikat, int predikatYears) {

    /** Field values of later sources win when they are set. */
    public Requirements overriddenBy(EducationLevel minEducation, List<String> acceptedFields, String minGolongan,
                                     Integer minYearsExperience, Integer maxAge) {
        return new Requirements(minEducation != null ? minEducation : this.minEducation,
                acceptedFields != null && !acceptedFields.isEmpty() ? acceptedFields : this.acceptedFields,
                minGolongan != null ? minGolongan : this.minGolongan,
                minYearsExperience != null ? minYearsExperience : this.minYearsExperience,
                experienceIn, maxAge != null ? maxAge : this.maxAge, minPredikat, predikatYears);
    }
}
