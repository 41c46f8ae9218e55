package id.merit.employee.service;

import id.merit.employee.domain.Competency;
import id.merit.employee.domain.TrainingType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A completed development activity as written by hr-admin or mapped from a registry row (the same rules apply to both). */
@Schema(name = "TrainingData")
public record TrainingData(
        @NotBlank @Size(max = 300) @Schema(examples = "Pelatihan Kepemimpinan Pengawas") String title,
        @NotNull @Schema(description = "DIKLAT (Diklat), COURSE (Kursus), SEMINAR, COACHING, MENTORING, ELEARNING (E-learning)") TrainingType type,
        @Size(max = 200) @Schema(examples = "BPSDM Provinsi Kalimantan Tengah") String provider,
        @NotNull @Schema(examples = "2025-03-03") LocalDate startDate,
        @NotNull @Schema(description = "on or after startDate; the activity counts in this date's year", examples = "2025-03-14") LocalDate endDate,
        @NotNull @Min(1) @Max(1000) @Schema(description = "jam pelajaran (JP)", examples = "40") Integer hours,
        @Size(max = 20) @Schema(description = "competency codes the activity addressed: the nine standard ones or technical codes",
                examples = "[\"PENGAMBILAN_KEPUTUSAN\", \"KOMUNIKASI\"]")
        List<@NotBlank @Size(max = Competency.CODE_MAX) @Pattern(regexp = Competency.CODE_PATTERN, message = Competency.CODE_MESSAGE) String> competencies,
        @Size(max = 500) @Schema(description = "https link to the certificate or other evidence", examples = "https://drive.example.go.id/sertifikat/123.pdf")
        String evidenceUrl) {

    public List<String> competenciesOrEmpty() {
        return competencies == null ? List.of() : competencies;
    }
}
