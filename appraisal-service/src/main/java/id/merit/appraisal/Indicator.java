package id.merit.appraisal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A measurable indicator of an RHK with its target (quantity, quality or time). */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
    public enum Aspect { QUANTITY, QUALITY, TIME }

    @Id
    public UUID id;
    @Column(name = "rhk_id", nullable = false)
    public UUID rhkId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aspect aspect;
    @Column(nullable = false)
    public String description;
    @Column(nullable = false)
    public BigDecimal target;
    @Column(name = "target_unit", nullable = false)
    public String targetUnit;
    @Version
    public long version;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public static List<Indicator> ofRhks(Collection<UUID> rhkIds) {
        return rhkIds.isEmpty() ? List.of() : list("rhkId in ?1 order by id", rhkIds);
    }
}
