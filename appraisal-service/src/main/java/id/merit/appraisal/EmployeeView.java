package id.merit.appraisal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Projection of employee.upserted / employee.deactivated: just what appraisal needs. */
@Entity
@Table(name = "employee_view")
public class EmployeeView extends PanacheEntityBase {
    @Id
    public String nip;
    @Column(name = "display_name", nullable = false)
    public String displayName;
    @Column(nullable = false)
    public String status;
    @Column(name = "supervisor_nip")
    public String supervisorNip;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "unit_name")
    public String unitName;
    /** JSON array of the unit path from the root down, as the event carried it. */
    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "position_name")
    public String positionName;
    /** The position held; the holder of a unit's head position is its head. */
    @Column(name = "position_id")
    public UUID positionId;
    public String golongan;
    @Column(nullable = false)
    public long version;
}
