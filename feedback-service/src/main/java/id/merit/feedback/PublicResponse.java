package id.merit.feedback;

import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.RaterGroup;
import id.merit.feedback.domain.SkmElement;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * One public answer, nothing that identifies who gave it: a CITIZEN's has the nine SKM elements and optional
 * behaviour ratings; a STUDENT's or PARENT's has behaviour ratings only (no SKM elements). Until it counts in the
 * aggregates it carries the day it was submitted ({@link #pendingDay}); the daily release clears that.
 */
@Entity
@Table(name = "public_response")
public class PublicResponse extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "channel_id", nullable = false)
    public UUID channelId;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(name = "employee_nip")
    public String employeeNip;
    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group", nullable = false)
    public RaterGroup group;
    @Column(name = "service_type", nullable = false)
    public String serviceType;
    @Column(nullable = false)
    public int year;
    /** The day (service desks' zone) of a response that does not count yet; null once it counts. */
    @Column(name = "pending_day")
    public LocalDate pendingDay;
    @Column(name = "e_persyaratan") public Short persyaratan;
    @Column(name = "e_prosedur") public Short prosedur;
    @Column(name = "e_waktu_penyelesaian") public Short waktuPenyelesaian;
    @Column(name = "e_biaya_tarif") public Short biayaTarif;
    @Column(name = "e_produk_layanan") public Short produkLayanan;
    @Column(name = "e_kompetensi_pelaksana") public Short kompetensiPelaksana;
    @Column(name = "e_perilaku_pelaksana") public Short perilakuPelaksana;
    @Column(name = "e_penanganan_pengaduan") public Short penangananPengaduan;
    @Column(name = "e_sarana_prasarana") public Short saranaPrasarana;
    @Column(name = "b_berorientasi_pelayanan") public Short bBerorientasiPelayanan;
    @Column(name = "b_akuntabel") public Short bAkuntabel;
    @Column(name = "b_kompeten") public Short bKompeten;
    @Column(name = "b_harmonis") public Short bHarmonis;
    @Column(name = "b_loyal") public Short bLoyal;
    @Column(name = "b_adaptif") public Short bAdaptif;
    @Column(name = "b_kolaboratif") public Short bKolaboratif;

    /**
     * JPQL condition "counts in the aggregates": released, or submitted before the first uncounted day, which is the
     * positional parameter {@code ?param}; {@code alias} is the entity's alias with its dot, or "".
     */
    public static String counted(String alias, int param) {
        return "(" + alias + "pendingDay is null or " + alias + "pendingDay < ?" + param + ")";
    }

    /** Sets the elements answered; none for a group that is not asked them. */
    public void elements(Map<SkmElement, Integer> e) {
        persyaratan = shortOrNull(e.get(SkmElement.PERSYARATAN));
        prosedur = shortOrNull(e.get(SkmElement.PROSEDUR));
        waktuPenyelesaian = shortOrNull(e.get(SkmElement.WAKTU_PENYELESAIAN));
        biayaTarif = shortOrNull(e.get(SkmElement.BIAYA_TARIF));
        produkLayanan = shortOrNull(e.get(SkmElement.PRODUK_LAYANAN));
        kompetensiPelaksana = shortOrNull(e.get(SkmElement.KOMPETENSI_PELAKSANA));
        perilakuPelaksana = shortOrNull(e.get(SkmElement.PERILAKU_PELAKSANA));
        penangananPengaduan = shortOrNull(e.get(SkmElement.PENANGANAN_PENGADUAN));
        saranaPrasarana = shortOrNull(e.get(SkmElement.SARANA_PRASARANA));
    }

    /** The elements answered: all nine for a CITIZEN, none for a STUDENT or PARENT. */
    public Map<SkmElement, Integer> elements() {
        Map<SkmElement, Integer> m = new EnumMap<>(SkmElement.class);
        put(m, SkmElement.PERSYARATAN, persyaratan);
        put(m, SkmElement.PROSEDUR, prosedur);
        put(m, SkmElement.WAKTU_PENYELESAIAN, waktuPenyelesaian);
        put(m, SkmElement.BIAYA_TARIF, biayaTarif);
        put(m, SkmElement.PRODUK_LAYANAN, produkLayanan);
        put(m, SkmElement.KOMPETENSI_PELAKSANA, kompetensiPelaksana);
        put(m, SkmElement.PERILAKU_PELAKSANA, perilakuPelaksana);
        put(m, SkmElement.PENANGANAN_PENGADUAN, penangananPengaduan);
        put(m, SkmElement.SARANA_PRASARANA, saranaPrasarana);
        return m;
    }

    public void behaviour(Map<BerAkhlak, Integer> b) {
        bBerorientasiPelayanan = shortOrNull(b.get(BerAkhlak.BERORIENTASI_PELAYANAN));
        bAkuntabel = shortOrNull(b.get(BerAkhlak.AKUNTABEL));
        bKompeten = shortOrNull(b.get(BerAkhlak.KOMPETEN));
        bHarmonis = shortOrNull(b.get(BerAkhlak.HARMONIS));
        bLoyal = shortOrNull(b.get(BerAkhlak.LOYAL));
        bAdaptif = shortOrNull(b.get(BerAkhlak.ADAPTIF));
        bKolaboratif = shortOrNull(b.get(BerAkhlak.KOLABORATIF));
    }

    /** Only the values the rater rated. */
    public Map<BerAkhlak, Integer> behaviour() {
        Map<BerAkhlak, Integer> m = new EnumMap<>(BerAkhlak.class);
        put(m, BerAkhlak.BERORIENTASI_PELAYANAN, bBerorientasiPelayanan);
        put(m, BerAkhlak.AKUNTABEL, bAkuntabel);
        put(m, BerAkhlak.KOMPETEN, bKompeten);
        put(m, BerAkhlak.HARMONIS, bHarmonis);
        put(m, BerAkhlak.LOYAL, bLoyal);
        put(m, BerAkhlak.ADAPTIF, bAdaptif);
        put(m, BerAkhlak.KOLABORATIF, bKolaboratif);
        return m;
    }

    private static Short shortOrNull(Integer i) {
        return i == null ? null : i.shortValue();
    }

    private static <K> void put(Map<K, Integer> m, K k, Short v) {
        if (v != null) {
            m.put(k, v.intValue());
        }
    }
}
