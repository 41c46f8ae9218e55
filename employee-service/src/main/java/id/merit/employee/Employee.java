package id.merit.employee;

import id.merit.employee.domain.CompetencyKind;
import id.merit.employee.domain.EducationLevel;
import id.merit.employee.domain.EmployeeStatus;
import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.Golongan;
import id.merit.employee.domain.Sex;
import id.merit.platform.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An ASN employee (PNS or PPPK), identified by NIP / NI PPPK. */
@Entity
@Table(name = "employee")
public class Employee extends Audited {
    @Id
    public String nip;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false)
    public EmploymentType employmentType;
    @Column(nullable = false)
    public String name;
    @Column(name = "front_title")
    public String frontTitle;
    @Column(name = "back_title")
    public String backTitle;
    @Column(name = "birth_place")
    public String birthPlace;
    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmployeeStatus status;
    @Enumerated(EnumType.STRING)
    public Golongan golongan;
    @Column(name = "golongan_tmt")
    public LocalDate golonganTmt;
    @Column(name = "position_id")
    public UUID positionId;
    @Column(name = "position_tmt")
    public LocalDate positionTmt;
    @Column(name = "unit_id")
    public UUID unitId;
    @Convert(converter = JsonColumns.EducationColumn.class)
    @Column(nullable = false)
    public List<Education> education;
    @Convert(converter = JsonColumns.AssessmentColumn.class)
    @Column(nullable = false)
    public List<Assessment> competencies;
    @Column(name = "potential_score")
    public BigDecimal potentialScore;
    @Column(name = "potential_assessed_on")
    public LocalDate potentialAssessedOn;
    @Column(name = "registry_synced_at")
    public OffsetDateTime registrySyncedAt;
    /** Annual appraisal results the registry holds (pns/rw-skp22), by year; written by the registry sync only. */
    @Convert(converter = JsonColumns.RegistryAppraisalColumn.class)
    @Column(name = "registry_appraisals", nullable = false)
    public List<RegistryAppraisal> registryAppraisals = new ArrayList<>();

    public record Education(EducationLevel level, String field, String institution, int year) {
    }

    /**
     * One year's final appraisal result as the registry holds it: predikat SANGAT_BAIK / BAIK / BUTUH_PERBAIKAN / KURANG /
     * SANGAT_KURANG, ratings ABOVE / MEETS / BELOW or null (not given).
     */
    public record RegistryAppraisal(int year, String predikat, String hasilKerja, String perilakuKerja) {
    }

    /** One competency assessment result. */
    public record Assessment(String code, CompetencyKind kind, int level, LocalDate assessedOn, String source) {
    }

    /** Name with academic titles, as written on decrees: "Dr. Siti Aminah, S.Pd., M.Si.". */
    public String displayName() {
        StringBuilder sb = new StringBuilder();
        if (frontTitle != null && !frontTitle.isBlank()) {
            sb.append(frontTitle.trim()).append(' ');
        }
        sb.append(name);
        if (backTitle != null && !backTitle.isBlank()) {
            sb.append(", ").append(backTitle.trim());
        }
        return sb.toString();
    }
}
