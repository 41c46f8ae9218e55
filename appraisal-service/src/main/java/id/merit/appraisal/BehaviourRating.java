package id.merit.appraisal;

import id.merit.appraisal.domain.BerAkhlak;
import id.merit.appraisal.domain.Rating;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** The appraiser's rating of one BerAKHLAK value, with the leader's specific expectation and feedback. */
@Entity
@Table(name = "behaviour_rating")
public class BehaviourRating extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "skp_id", nullable = false)
    public UUID skpId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BerAkhlak value;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating rating;
    @Column(nullable = false)
    public String expectation;
    public String feedback;

    public static List<BehaviourRating> ofSkp(UUID skpId) {
        return list("skpId = ?1 order by value", skpId);
    }
}
