package id.merit.placement;

import id.merit.platform.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One seat of a position to fill: OPEN → PROPOSED → FILLED, or CANCELLED while not filled. */
@Entity
@Table(name = "vacancy")
public class Vacancy extends Audited {
    public enum State { OPEN, PROPOSED, FILLED, CANCELLED }

    @Id
    public UUID id;
    @Column(name = "position_id", nullable = false)
    public UUID positionId;
    @Column(name = "position_type", nullable = false)
    public String positionType;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;
    @Column(nullable = false)
    public LocalDate tmt;
    /** JSON of the requirement fields this vacancy overrides (null: none). */
    @Column(name = "requirement_overrides")
    public String requirementOverrides;
    /** JSON of the score weights this vacancy uses instead of its position type's (null: the type's). */
    @Column(name = "weight_overrides")
    public String weightOverrides;
    public String note;

    public boolean isActive() {
        return state != State.CANCELLED;
    }
}
