package id.merit.appraisal;

import id.merit.appraisal.domain.UnitResult;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A unit in one period: its own result, and the recorded finalisation (with any override of the curve). */
@Entity
@Table(name = "unit_period")
public class UnitPeriod extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(nullable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    public UnitResult result;
    @Column(name = "result_set_at")
    public OffsetDateTime resultSetAt;
    @Column(name = "result_set_by")
    public String resultSetBy;
    @Column(name = "override_reason")
    public String overrideReason;
    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;
    @Column(name = "finalized_by")
    public String finalizedBy;
    /** JSON list of the curve violations accepted by the override. */
    public String violations;

    public static Optional<UnitPeriod> find(UUID unitId, int year) {
        return find("unitId = ?1 and year = ?2", unitId, year).firstResultOptional();
    }
}
