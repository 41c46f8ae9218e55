package id.merit.employee.service;

import id.merit.employee.domain.EducationLevel;
import id.merit.employee.domain.FungsionalLevel;
import id.merit.employee.domain.PositionType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A position as written by hr-admin. Omitted competency levels default from the type (DESIGN §3). */
@Schema(name = "PositionData")
public record PositionData(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, dot, dash or underscore")
        @Schema(examples = "DISDIK-KABID-SD") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "Kepala Bidang Pembinaan SD") String name,
        @NotNull PositionType type,
        @Schema(description = "required for FUNGSIONAL, empty otherwise") FungsionalLevel fungsionalLevel,
        @NotNull UUID unitId,
        @NotNull @Min(1) @Max(10000) @Schema(examples = "1") Integer seats,
        @Size(max = 40) List<@NotNull @Valid Competency> competencyStandard,
        @Valid Requirements requirements) {

    public record Competency(
            @NotBlank @Size(max = id.merit.employee.domain.Competency.CODE_MAX)
            @Pattern(regexp = id.merit.employee.domain.Competency.CODE_PATTERN, message = id.merit.employee.domain.Competency.CODE_MESSAGE) @Schema(examples = "PENGELOLAAN_KEUANGAN") String code,
            @Size(max = 200) String name,
            @NotNull @Min(1) @Max(5) Integer requiredLevel) {
    }

    public record Requirements(EducationLevel minEducationLevel,
                               @Size(max = 30) List<@NotBlank @Size(max = 200) String> acceptedFields,
                               @Size(max = 10) @Schema(examples = "III/d") String minGolongan,
                               @Min(0) @Max(60) Integer minYearsExperience,
                               @Min(18) @Max(70) Integer maxAge) {
    }
}
