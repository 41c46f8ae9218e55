package id.merit.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A 360° feedback round for one employee (the ratee) in one appraisal year. */
@Entity
@Table(name = "peer_round")
public class PeerRound extends PanacheEntityBase {
    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;
    @Column(name = "ratee_nip", nullable = false)
    public String rateeNip;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
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

    /** Answers are accepted while the round is open and its deadline (a whole day) has not passed. */
    public boolean acceptsAnswers(LocalDate today) {
        return status == Status.OPEN && !today.isAfter(deadline);
    }

    /** No more answers; from now on the round's answers count in its results and in feedback.summary. */
    public void close(String who, OffsetDateTime when) {
        status = Status.CLOSED;
        touch(who, when);
    }

    public void touch(String who, OffsetDateTime when) {
        if (createdAt == null) {
            createdAt = when;
            createdBy = who;
        }
        updatedAt = when;
        updatedBy = who;
    }
}
