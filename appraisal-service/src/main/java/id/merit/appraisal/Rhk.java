package id.merit.appraisal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Rencana Hasil Kerja: a planned result, optionally supporting one of the appraiser's RHK (cascading). */
@Entity
@Table(name = "rhk")
public class Rhk extends PanacheEntityBase {
    public enum Kind { UTAMA, TAMBAHAN }

    @Id
    public UUID id;
    @Column(name = "skp_id", nullable = false)
    public UUID skpId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Column(nullable = false)
    public String text;
    @Column(name = "parent_rhk_id")
    public UUID parentRhkId;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static List<Rhk> ofSkp(UUID skpId) {
        return list("skpId = ?1 order by createdAt, id", skpId);
    }
}
