package id.merit.appraisal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The latest feedback.summary for one employee and year, kept whole as input for the appraiser. */
@Entity
@Table(name = "feedback_summary")
public class FeedbackSummary extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String nip;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public String payload;
    @Column(nullable = false)
    public long version;
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public static Optional<FeedbackSummary> find(String nip, int year) {
        return find("nip = ?1 and year = ?2", nip, year).firstResultOptional();
    }
}
