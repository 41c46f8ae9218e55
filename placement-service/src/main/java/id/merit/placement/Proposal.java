package id.merit.placement;

import id.merit.platform.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person proposed for a vacancy, decided by the placement board. APPROVED becomes APPLIED when
 * employee-service reports the person in the position (employee.upserted).
 */
@Entity
@Table(name = "proposal")
public class Proposal extends Audited {
    public enum State { PROPOSED, APPROVED, REJECTED, APPLIED }

    public enum Source { RANKING, RUN }

    @Id
    public UUID id;
    @Column(name = "vacancy_id", nullable = false)
    public UUID vacancyId;
    @Column(nullable = false)
    public String nip;
    @Column(name = "position_id", nullable = false)
    public UUID positionId;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(nullable = false)
    public LocalDate tmt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;
    @Column(name = "run_id")
    public UUID runId;
    @Column(nullable = false)
    public double score;
    /** JSON of the score breakdown at proposal time, so the board decides on what was proposed. */
    @Column(nullable = false)
    public String breakdown;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decision_ref")
    public String decisionRef;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
