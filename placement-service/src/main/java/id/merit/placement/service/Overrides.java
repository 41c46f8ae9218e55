package id.merit.placement.service;

import id.merit.placement.domain.EducationLevel;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a vacancy may change of its position type's rules (stored with the vacancy as JSON). */
public final class Overrides {
    private Overrides() {
    }

    @Schema(name = "RequirementOverrides", description = "fields left out keep the position's / position type's value")
    public record Requirements(EducationLevel minEducation,
                               @Size(max = 50) List<@NotBlank @Size(max = 200) String> acceptedFields,
                               @Size(max = 10) @Schema(examples = "III/d") String minGolongan,
                               @Min(0) @Max(40) Integer minYearsExperience,
                               @Min(18) @Max(70) Integer maxAge) {
    }

    @Schema(name = "WeightOverrides", description = "relative weights, normalised to sum 1; at least one must be positive")
    public record Weights(@NotNull @DecimalMin("0") @DecimalMax("1000") Double jpm,
                          @NotNull @DecimalMin("0") @DecimalMax("1000") Double education,
                          @NotNull @DecimalMin("0") @DecimalMax("1000") Double experience,
                          @NotNull @DecimalMin("0") @DecimalMax("1000") Double predikat,
                          @NotNull @DecimalMin("0") @DecimalMax("1000") Double talent) {
    }
}
