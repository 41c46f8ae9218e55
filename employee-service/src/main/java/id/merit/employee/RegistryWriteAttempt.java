package id.merit.employee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One try of a registry write, never changed afterwards: what was sent, for which result version, and what came back. */
@Entity
@Table(name = "registry_write_attempt")
public class RegistryWriteAttempt extends PanacheEntityBase {
    public enum Outcome { SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "write_id", nullable = false)
    public UUID writeId;
    /** 1, 2, ... over the write's whole life (retries included). */
    @Column(nullable = false)
    public int attempt;
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
    /** Null when the body could not be built (e.g. the registry does not know the employee). */
    public String body;
    public String response;
    public String error;
    /** When the next try was due after this failed one; null when sent, given up, or superseded by a newer result. */
    @Column(name = "retry_at")
    public OffsetDateTime retryAt;
    @Column(name = "triggered_by", nullable = false)
    public String triggeredBy;

    public static List<RegistryWriteAttempt> of(UUID writeId) {
        return list("writeId = ?1 order by id", writeId);
    }
}
