package id.merit.placement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Projection of employee.upserted / employee.deactivated: the whole snapshot plus the columns we filter on. */
@Entity
@Table(name = "employee_view")
public class EmployeeView extends PanacheEntityBase {
    @Id
    public String nip;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String status;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "position_id")
    public UUID positionId;
    /** As employee-service resolved it (null when none). */
    @Column(name = "supervisor_nip")
    public String supervisorNip;
    @Column(nullable = false)
    public String snapshot;
    @Column(nullable = false)
    public long version;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
