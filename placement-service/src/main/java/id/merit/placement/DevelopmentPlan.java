package id.merit.placement;

import id.merit.platform.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One employee's development plan for one year: DRAFT (recommendations follow the data) → AGREED by the
 * supervisor (recommendations are no longer rewritten; a change is flagged in recommendationsChangedAt).
 */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlan extends Audited {
    public enum State { DRAFT, AGREED }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String nip;
    @Column(nullable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;
    @Column(name = "target_position_id")
    public UUID targetPositionId;
    @Column(name = "agreed_by")
    public String agreedBy;
    @Column(name = "agreed_at")
    public OffsetDateTime agreedAt;
    /** Hash of the recommendations the items were last built from. */
    @Column(name = "recommendation_basis", nullable = false)
    public String recommendationBasis;
    /** Set while the current recommendations differ from those of an AGREED plan. */
    @Column(name = "recommendations_changed_at")
    public OffsetDateTime recommendationsChangedAt;

    public static DevelopmentPlan of(String nip, int year) {
        return find("nip = ?1 and year = ?2", nip, year).firstResult();
    }

    /**
     * The plan locked for this transaction: a user's edit and an event's refresh of the same plan queue up instead
     * of one failing on the version (a failed consumer would send the event to the dead-letter topic).
     */
    public static DevelopmentPlan forUpdate(String nip, int year) {
        return find("nip = ?1 and year = ?2", nip, year).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public static List<DevelopmentPlan> forUpdateFrom(String nip, int fromYear) {
        return find("nip = ?1 and year >= ?2 order by year", nip, fromYear).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<DevelopmentItem> items() {
        return DevelopmentItem.list("planId = ?1 order by ordinal", id);
    }
}
