package id.merit.appraisal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What was achieved on one indicator in one sub-period; evidence is stored as a JSON list of links. */
@Entity
@Table(name = "realisation")
public class Realisation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "skp_id", nullable = false)
    public UUID skpId;
    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;
    @Column(name = "sub_period", nullable = false)
    public int subPeriod;
    @Column(name = "action_plan")
    public String actionPlan;
    @Column(nullable = false)
    public BigDecimal value;
    public String narrative;
    @Column(nullable = false)
    public String evidence;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
