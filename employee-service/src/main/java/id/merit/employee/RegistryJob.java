package id.merit.employee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A background registry sync of many NIPs, or a file import, with its progress counts. */
@Entity
@Table(name = "registry_job")
public class RegistryJob extends PanacheEntityBase {
    public enum Kind { SYNC, IMPORT }

    public enum State { RUNNING, DONE, FAILED }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;
    public int total;
    public int created;
    public int updated;
    public int unchanged;
    public int rejected;
    public String failure;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    /** Items before this row are done (as of the last progress write): a resumed job starts here. */
    @Column(name = "next_row", nullable = false)
    public int nextRow;
    /** Written while an instance works on the job; a RUNNING job whose heartbeat stopped is taken over. */
    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;
}
