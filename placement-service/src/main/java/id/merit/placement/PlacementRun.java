package id.merit.placement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One optimal-assignment run, kept with its inputs, result, total score and solve time (immutable once stored). */
@Entity
@Table(name = "placement_run")
public class PlacementRun extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "vacancy_ids", nullable = false)
    public String vacancyIds;
    @Column(name = "candidate_nips", nullable = false)
    public String candidateNips;
    @Column(name = "max_moves_per_unit")
    public Integer maxMovesPerUnit;
    @Column(nullable = false)
    public String method;
    @Column(nullable = false)
    public String status;
    @Column(name = "total_score", nullable = false)
    public double totalScore;
    @Column(nullable = false)
    public int assigned;
    @Column(name = "eligible_pairs", nullable = false)
    public long eligiblePairs;
    @Column(name = "solve_millis", nullable = false)
    public long solveMillis;
    /** JSON list of the assigned pairs with their score breakdowns. */
    @Column(nullable = false)
    public String result;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
