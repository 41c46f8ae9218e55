package id.merit.placement;

import id.merit.placement.domain.PredikatYear;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The official predikat of one employee for one year: Merit's final result (projection of appraisal.finalized), or,
 * for a year Merit has none, the national registry's (from employee.upserted's registryAppraisals).
 */
@Entity
@Table(name = "predikat_record")
public class PredikatRecord extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    @Column(nullable = false)
    public String predikat;
    @Column(name = "skp_id")
    public String skpId;
    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;
    /** MERIT rows are never touched by the registry; REGISTRY rows have no SKP, finalization time, ratings or objection. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PredikatYear.Source source = PredikatYear.Source.MERIT;
    /** JSON object BerAKHLAK value → ABOVE / MEETS / BELOW; null when the event carried none. */
    public String berakhlak;
    /** Reopened by an objection (appraisal.reopened) and not yet decided: the predikat holds, but is disputed. */
    @Column(name = "under_objection", nullable = false)
    public boolean underObjection;
    /** The appraisal's version (MERIT); 0 for a REGISTRY row, which any finalized appraisal of its year replaces. */
    @Column(nullable = false)
    public long version;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "nip")
        public String nip;
        @Column(name = "year")
        public int year;

        public Key() {
        }

        public Key(String nip, int year) {
            this.nip = nip;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.nip.equals(nip) && k.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(nip, year);
        }
    }

    public static List<PredikatRecord> of(String nip) {
        return list("key.nip = ?1 order by key.year desc", nip);
    }
}
