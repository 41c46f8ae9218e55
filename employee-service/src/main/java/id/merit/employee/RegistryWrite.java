package id.merit.employee;

import id.merit.platform.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One final appraisal result to send to the registry (skp22/save), with where it stands; with its tries
 * ({@link RegistryWriteAttempt}) the audit log of every registry write. At most one per SKP is not SENT.
 */
@Entity
@Table(name = "registry_write")
public class RegistryWrite extends Audited {
    /**
     * PENDING: to send at nextAttemptAt. SENDING: claimed by a replica until claimedUntil. SENT: the registry took it
     * (final; a later result is a new write). FAILED: every automatic try failed; hr-admin may retry it. HELD: an
     * objection reopened the appraisal before it went out; the decision (a higher version) or hr-admin's retry frees it.
     */
    public enum Status { PENDING, SENDING, SENT, FAILED, HELD }

    @Id
    public UUID id;
    @Column(name = "skp_id", nullable = false)
    public UUID skpId;
    @Column(nullable = false)
    public String nip;
    @Column(nullable = false)
    public int year;
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;
    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;
    @Column(name = "hasil_kerja", nullable = false)
    public String hasilKerja;
    @Column(name = "perilaku_kerja", nullable = false)
    public String perilakuKerja;
    @Column(nullable = false)
    public String predikat;
    @Column(name = "appraiser_nip", nullable = false)
    public String appraiserNip;
    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;
    @Column(name = "held_version")
    public Long heldVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    /** Tries since the write was last queued (by an event or a retry); the attempt log keeps all of them. */
    @Column(nullable = false)
    public int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;
    @Column(name = "last_error")
    public String lastError;
    /** The body of the last try (JSON). */
    public String body;
    /** The registry's answer to the last try ({code, data, message}). */
    public String response;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    /** What queued it last: the event (event:&lt;ce_id&gt;) or the hr-admin who retried it. */
    @Column(name = "triggered_by", nullable = false)
    public String triggeredBy;
}
