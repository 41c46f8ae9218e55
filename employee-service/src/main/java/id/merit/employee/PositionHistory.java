package id.merit.employee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One position an employee held; {@code until} is exclusive and null for the current one. */
@Entity
@Table(name = "position_history")
public class PositionHistory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String nip;
    @Column(name = "position_id", nullable = false)
    public UUID positionId;
    @Column(name = "position_name", nullable = false)
    public String positionName;
    @Column(name = "position_type", nullable = false)
    public String positionType;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(nullable = false)
    public LocalDate tmt;
    public LocalDate until;
    @Column(name = "decision_ref")
    public String decisionRef;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static List<PositionHistory> of(String nip) {
        return list("nip = ?1 order by tmt desc, id desc", nip);
    }

    public static Optional<PositionHistory> open(String nip) {
        return find("nip = ?1 and until is null", nip).firstResultOptional();
    }
}
