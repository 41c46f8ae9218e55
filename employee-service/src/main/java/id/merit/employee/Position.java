package id.merit.employee;

import id.merit.employee.domain.CompetencyStandard;
import id.merit.employee.domain.FungsionalLevel;
import id.merit.employee.domain.PositionType;
import id.merit.platform.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** A position (jabatan) in a unit, with its competency standard and requirement profile. */
@Entity
@Table(name = "position")
public class Position extends Audited {
    @Id
    public UUID id;
    @Column(nullable = false, unique = true)
    public String code;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PositionType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "fungsional_level")
    public FungsionalLevel fungsionalLevel;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(nullable = false)
    public int seats;
    @Convert(converter = JsonColumns.CompetencyStandardColumn.class)
    @Column(name = "competency_standard", nullable = false)
    public List<CompetencyStandard.Requirement> competencyStandard;
    @Convert(converter = JsonColumns.RequirementsColumn.class)
    @Column(nullable = false)
    public Requirements requirements;

    /** Requirement profile of a position; which values apply is configuration of the pemda, not code. */
    public record Requirements(id.merit.employee.domain.EducationLevel minEducationLevel, List<String> acceptedFields,
                               String minGolongan, Integer minYearsExperience, Integer maxAge) {
        public Requirements {
            acceptedFields = acceptedFields == null ? List.of() : List.copyOf(acceptedFields);
        }
    }

    public long incumbentCount() {
        return Employee.count("positionId", id);
    }
}
