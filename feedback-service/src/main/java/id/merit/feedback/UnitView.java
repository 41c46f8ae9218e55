package id.merit.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** This service's copy of an organisation unit, from unit.upserted. */
@Entity
@Table(name = "unit_view")
public class UnitView extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(nullable = false)
    public long version;
}
