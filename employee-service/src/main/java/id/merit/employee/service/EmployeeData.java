package id.merit.employee.service;

import id.merit.employee.domain.Competency;
import id.merit.employee.domain.EducationLevel;
import id.merit.employee.domain.EmployeeStatus;
import id.merit.employee.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An employee's record as written by hr-admin or read from the registry (the same rules apply to both). */
@Schema(name = "EmployeeData")
public record EmployeeData(
        @NotNull @Pattern(regexp = "[0-9]{18}", message = "must be 18 digits") @Schema(examples = "198609262015051001") String nip,
        @NotBlank @Size(max = 200) @Schema(examples = "Siti Aminah") String name,
        @Size(max = 50) @Schema(examples = "Dr.") String frontTitle,
        @Size(max = 100) @Schema(examples = "S.Pd., M.Si.") String backTitle,
        @Size(max = 100) @Schema(examples = "Palangka Raya") String birthPlace,
        @NotNull @Schema(examples = "1986-09-26") LocalDate birthDate,
        @NotNull Sex sex,
        @Schema(description = "ACTIVE when omitted") EmployeeStatus status,
        @Size(max = 10) @Schema(description = "PNS I/a..IV/e or PPPK I..XVII", examples = "III/b") String golongan,
        @Schema(examples = "2019-04-01") LocalDate golonganTmt,
        @Schema(description = "unit of an employee without a position; a position sets it") UUID unitId,
        @Size(max = EmployeeData.MAX_EDUCATION) List<@NotNull @Valid EducationItem> education,
        @Size(max = EmployeeData.MAX_COMPETENCIES) List<@NotNull @Valid AssessmentItem> competencies,
        @DecimalMin("0") @DecimalMax("100") @Schema(examples = "72.5") BigDecimal potentialScore,
        LocalDate potentialAssessedOn) {

    public record EducationItem(@NotNull EducationLevel level, @Size(max = 200) @Schema(examples = "Pendidikan Matematika") String field,
                                @Size(max = 200) @Schema(examples = "Universitas Palangka Raya") String institution,
                                @NotNull @Min(1940) @Max(2100) Integer year) {
    }

    public record AssessmentItem(
            @NotBlank @Size(max = Competency.CODE_MAX) @Pattern(regexp = Competency.CODE_PATTERN, message = Competency.CODE_MESSAGE) @Schema(examples = "INTEGRITAS") String code,
            @NotNull @Min(1) @Max(5) Integer level, @NotNull LocalDate assessedOn,
            @Size(max = 100) @Schema(examples = "Assessment Center BKPSDM") String source) {
    }

    /** Most education entries and competency assessments one record keeps (a registry sync stops adding there). */
    public static final int MAX_EDUCATION = 20;
    public static final int MAX_COMPETENCIES = 50;

    /** This record with other education and competency lists (the registry's histories merged in). */
    public EmployeeData with(List<EducationItem> education, List<AssessmentItem> competencies) {
        return new EmployeeData(nip, name, frontTitle, backTitle, birthPlace, birthDate, sex, status, golongan, golonganTmt, unitId,
                education, competencies, potentialScore, potentialAssessedOn);
    }

    public List<EducationItem> educationOrEmpty() {
        return education == null ? List.of() : education;
    }

    public List<AssessmentItem> competenciesOrEmpty() {
        return competencies == null ? List.of() : competencies;
    }
}
