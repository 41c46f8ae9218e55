package id.merit.appraisal;

import id.merit.platform.persistence.Audited;
import id.merit.appraisal.domain.Predikat;
import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.domain.SkpState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Sasaran Kinerja Pegawai: one employee's plan and appraisal for one period. */
@Entity
@Table(name = "skp")
public class Skp extends Audited {
    @Id
    public UUID id;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public String nip;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "appraiser_nip", nullable = false)
    public String appraiserNip;
    @Column(name = "appraiser_override_reason")
    public String appraiserOverrideReason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkpState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "hasil_kerja")
    public Rating hasilKerja;
    @Enumerated(EnumType.STRING)
    @Column(name = "perilaku_kerja")
    public Rating perilakuKerja;
    @Enumerated(EnumType.STRING)
    public Predikat predikat;
    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;
    @Column(name = "rated_by")
    public String ratedBy;
    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;

    public static Optional<Skp> forEmployee(String nip, int year) {
        return find("nip = ?1 and year = ?2", nip, year).firstResultOptional();
    }

    /** The predikat always follows from the matrix; it is never set directly. */
    public void rate(Rating hasil, Rating perilaku) {
        hasilKerja = hasil;
        perilakuKerja = perilaku;
        predikat = Predikat.of(hasil, perilaku);
    }
}
