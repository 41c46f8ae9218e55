package id.merit.appraisal;

import id.merit.appraisal.domain.SkpState;
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

/** One recorded change of an SKP: a state transition or a decision such as an appraiser override. */
@Entity
@Table(name = "skp_history")
public class SkpHistory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "skp_id", nullable = false)
    public UUID skpId;
    @Column(nullable = false)
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public SkpState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public SkpState toState;
    public String reason;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(name = "by_who", nullable = false)
    public String byWho;

    public static List<SkpHistory> ofSkp(UUID skpId) {
        return list("skpId = ?1 order by id", skpId);
    }
}
