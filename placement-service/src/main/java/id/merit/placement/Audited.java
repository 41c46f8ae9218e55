package id.merit.placement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/** Who created and last changed a record, and when (DESIGN §6: every change records who and when). */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public void touch(String who, OffsetDateTime when) {
        if (createdAt == null) {
            createdAt = when;
            createdBy = who;
        }
        updatedAt = when;
        updatedBy = who;
    }
}
