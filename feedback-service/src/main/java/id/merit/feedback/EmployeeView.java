package id.merit.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** This service's copy of an employee, from employee.upserted / employee.deactivated (never edited here). */
@Entity
@Table(name = "employee_view")
public class EmployeeView extends PanacheEntityBase {
    public static final String ACTIVE = "ACTIVE";

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
    @Column(name = "position_name")
    public String positionName;
    @Column(nullable = false)
    public long version;

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public static List<EmployeeView> activeInUnit(UUID unitId) {
        return list("unitId = ?1 and status = ?2 order by nip", unitId, ACTIVE);
    }

    public static List<EmployeeView> activeReportsOf(String supervisorNip) {
        return list("supervisorNip = ?1 and status = ?2 order by nip", supervisorNip, ACTIVE);
    }
}
