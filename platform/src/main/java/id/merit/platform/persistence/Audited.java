package id.merit.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * Base of an aggregate: its version (ETag / If-Match, event {@code version}) and who changed it when, first and last.
 * Subclasses declare their own {@code @Id}; tables need version, created_at, created_by, updated_at, updated_by.
 */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {
    @Version
    public long version;
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
