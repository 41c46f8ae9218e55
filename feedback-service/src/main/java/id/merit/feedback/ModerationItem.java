package id.merit.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A citizen's comment, masked on arrival, that counts and is shown only once hr-admin approves it. */
@Entity
@Table(name = "moderation_item")
public class ModerationItem extends PanacheEntityBase {
    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    public UUID id;
    @Column(name = "response_id", nullable = false)
    public UUID responseId;
    @Column(nullable = false)
    public String text;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    public String reason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Version
    public long version;
}
