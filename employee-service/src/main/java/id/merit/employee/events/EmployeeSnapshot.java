package id.merit.employee.events;

import id.merit.employee.Employee;
import id.merit.employee.Training;
import id.merit.employee.domain.CompetencyKind;
import id.merit.employee.domain.EducationLevel;
import id.merit.employee.domain.EmployeeStatus;
import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.FungsionalLevel;
import id.merit.employee.domain.PositionType;
import id.merit.employee.domain.Sex;
import id.merit.employee.domain.TrainingSource;
import id.merit.employee.domain.TrainingType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The whole public state of an employee: the body of GET /employees/{nip} and of employee.upserted on
 * merit.employees.v1 (schema: events/employee.upserted.schema.json).
 */
public record EmployeeSnapshot(String nip, EmploymentType employmentType, String name, String frontTitle, String backTitle,
                               String displayName, String birthPlace, LocalDate birthDate, Sex sex, EmployeeStatus status,
                               GolonganView golongan, PositionView position, UnitView unit, String supervisorNip,
                               List<EducationView> education, List<CompetencyView> competencies, PotentialView potential,
                               List<HistoryView> positionHistory, List<TrainingView> trainings,
                               @Schema(description = "annual appraisal results the registry (SIASN rw-skp22) holds, by year ascending; "
                                       + "empty when none are known") List<RegistryAppraisalView> registryAppraisals,
                               long version) {
    public static final String TOPIC = "merit.employees.v1";
    public static final String TYPE = "id.merit.employee.upserted.v1";

    public record GolonganView(String code, String pangkat, String siasnCode, int rank, LocalDate tmt) {
    }

    public record PositionView(UUID id, String code, String name, PositionType type, FungsionalLevel fungsionalLevel,
                               UUID unitId, LocalDate tmt) {
    }

    public record UnitRef(UUID id, String code, String name) {
    }

    public record UnitView(UUID id, String code, String name, List<UnitRef> path) {
    }

    public record EducationView(EducationLevel level, String field, String institution, int year) {
        static EducationView of(Employee.Education e) {
            return new EducationView(e.level(), e.field(), e.institution(), e.year());
        }
    }

    public record CompetencyView(String code, CompetencyKind kind, int level, LocalDate assessedOn, String source) {
        static CompetencyView of(Employee.Assessment a) {
            return new CompetencyView(a.code(), a.kind(), a.level(), a.assessedOn(), a.source());
        }
    }

    public record PotentialView(BigDecimal score, LocalDate assessedOn) {
    }

    public record HistoryView(UUID positionId, String positionName, String positionType, UUID unitId, LocalDate tmt,
                              LocalDate until) {
    }

    /** A completed development activity; the list is sorted by endDate, then id. Hours are JP (jam pelajaran). */
    public record TrainingView(UUID id, String title, TrainingType type, String provider, LocalDate startDate, LocalDate endDate,
                               int hours, List<String> competencies, String evidenceUrl, TrainingSource source) {
        public static TrainingView of(Training t) {
            return new TrainingView(t.id, t.title, t.type, t.provider, t.startDate, t.endDate, t.hours, List.copyOf(t.competencies),
                    t.evidenceUrl, t.source);
        }
    }

    /**
     * One year's final result as the registry holds it: predikat SANGAT_BAIK / BAIK / BUTUH_PERBAIKAN / KURANG /
     * SANGAT_KURANG; hasilKerja and perilakuKerja ABOVE / MEETS / BELOW, or null when the registry gives none.
     */
    public record RegistryAppraisalView(int year, String predikat, String hasilKerja, String perilakuKerja) {
        static RegistryAppraisalView of(Employee.RegistryAppraisal a) {
            return new RegistryAppraisalView(a.year(), a.predikat(), a.hasilKerja(), a.perilakuKerja());
        }
    }

    public static EmployeeSnapshot of(Employee e, PositionView position, UnitView unit, String supervisorNip,
                                      List<HistoryView> history, List<TrainingView> trainings) {
        GolonganView g = e.golongan == null ? null
                : new GolonganView(e.golongan.code, e.golongan.pangkat, e.golongan.siasnCode, e.golongan.rank, e.golonganTmt);
        PotentialView p = e.potentialScore == null ? null : new PotentialView(e.potentialScore, e.potentialAssessedOn);
        return new EmployeeSnapshot(e.nip, e.employmentType, e.name, e.frontTitle, e.backTitle, e.displayName(), e.birthPlace,
                e.birthDate, e.sex, e.status, g, position, unit, supervisorNip,
                e.education.stream().map(EducationView::of).toList(),
                e.competencies.stream().map(CompetencyView::of).toList(), p, history, trainings,
                e.registryAppraisals.stream().sorted(Comparator.comparingInt(Employee.RegistryAppraisal::year)).map(RegistryAppraisalView::of).toList(),
                e.version);
    }
}
