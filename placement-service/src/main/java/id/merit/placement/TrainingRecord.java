package id.merit.placement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One completed development activity of an employee (projection of employee.upserted's trainings). */
@Entity
@Table(name = "training_record")
public class TrainingRecord extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String type;
    public String provider;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;
    /** The year its JP count in: the year of the end date. */
    @Column(name = "jp_year", nullable = false)
    public int jpYear;
    @Column(nullable = false)
    public int hours;
    /** JSON array of competency codes. */
    @Column(nullable = false)
    public String competencies;
    @Column(name = "evidence_url")
    public String evidenceUrl;
    @Column(nullable = false)
    public String source;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "nip")
        public String nip;
        @Column(name = "id")
        public UUID id;

        public Key() {
        }

        public Key(String nip, UUID id) {
            this.nip = nip;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.nip.equals(nip) && k.id.equals(id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nip, id);
        }
    }

    /**
     * Completed JP per NIP in the year (an activity counts in its end date's year; NIPs without any are absent), for
     * the given people or, with null, everyone: one hash aggregate over the year's rows.
     */
    public static Map<String, Integer> jpByNip(int year, Collection<String> nips) {
        if (nips != null && nips.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> out = new HashMap<>();
        String only = nips == null ? "" : " and t.key.nip in ?2";
        var q = getEntityManager().createQuery("select t.key.nip, sum(t.hours) from TrainingRecord t where t.jpYear = ?1" + only
                + " group by t.key.nip", Object[].class).setParameter(1, year);
        if (nips != null) {
            q.setParameter(2, nips);
        }
        q.getResultList().forEach(r -> out.put((String) r[0], ((Number) r[1]).intValue()));
        return out;
    }
}
