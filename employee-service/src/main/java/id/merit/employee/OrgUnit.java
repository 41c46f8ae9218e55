package id.merit.employee;

import id.merit.platform.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;
import java.util.UUID;

/** A unit of the organisation tree (pemda, OPD, bidang, seksi); the parent link makes the tree. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends Audited {
    @Id
    public UUID id;
    @Column(nullable = false, unique = true)
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "registry_id")
    public String registryId;
    @Column(name = "head_position_id")
    public UUID headPositionId;

    public static Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
