package id.merit.feedback;

import id.merit.feedback.domain.RaterGroup;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A one-time visit token: the id half of a signed visit code, good for one submission before it expires. The issuer
 * fixes who rates (CITIZEN, STUDENT or PARENT) and about whom; the anonymous submitter can change neither.
 */
@Entity
@Table(name = "visit_token")
public class VisitToken extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "channel_id", nullable = false)
    public UUID channelId;
    @Column(name = "employee_nip")
    public String employeeNip;
    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group", nullable = false)
    public RaterGroup group;
    @Column(name = "service_type", nullable = false)
    public String serviceType;
    @Column(nullable = false)
    public int year;
    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;
    @Column(nullable = false)
    public boolean used;
    @Column(name = "issued_by", nullable = false)
    public String issuedBy;
    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    public boolean expired(OffsetDateTime now) {
        return !now.isBefore(expiresAt);
    }
}
