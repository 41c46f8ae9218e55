package id.merit.placement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** The finalized predikat of one employee for one appraisal year (projection of appraisal.finalized). */
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
    /** JSON object BerAKHLAK value → ABOVE / MEETS / BELOW; null when the event carried none. */
    public String berakhlak;
    /** Reopened by an objection (appraisal.reopened) and not yet decided: the predikat holds, but is disputed. */
    @Column(name = "under_objection", nullable = false)
    public boolean underObjection;
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
