package id.merit.feedback;

import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.SkmElement;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A citizen's answer: the nine SKM elements and optional behaviour ratings; nothing that identifies the citizen. */
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
    @Column(name = "service_type", nullable = false)
    public String serviceType;
    @Column(nullable = false)
    public int year;
    @Column(name = "e_persyaratan") public short persyaratan;
    @Column(name = "e_prosedur") public short prosedur;
    @Column(name = "e_waktu_penyelesaian") public short waktuPenyelesaian;
    @Column(name = "e_biaya_tarif") public short biayaTarif;
    @Column(name = "e_produk_layanan") public short produkLayanan;
    @Column(name = "e_kompetensi_pelaksana") public short kompetensiPelaksana;
    @Column(name = "e_perilaku_pelaksana") public short perilakuPelaksana;
    @Column(name = "e_penanganan_pengaduan") public short penangananPengaduan;
    @Column(name = "e_sarana_prasarana") public short saranaPrasarana;
    @Column(name = "b_berorientasi_pelayanan") public Short bBerorientasiPelayanan;
    @Column(name = "b_akuntabel") public Short bAkuntabel;
    @Column(name = "b_kompeten") public Short bKompeten;
    @Column(name = "b_harmonis") public Short bHarmonis;
    @Column(name = "b_loyal") public Short bLoyal;
    @Column(name = "b_adaptif") public Short bAdaptif;
    @Column(name = "b_kolaboratif") public Short bKolaboratif;

    public void elements(Map<SkmElement, Integer> e) {
        persyaratan = e.get(SkmElement.PERSYARATAN).shortValue();
        prosedur = e.get(SkmElement.PROSEDUR).shortValue();
        waktuPenyelesaian = e.get(SkmElement.WAKTU_PENYELESAIAN).shortValue();
        biayaTarif = e.get(SkmElement.BIAYA_TARIF).shortValue();
        produkLayanan = e.get(SkmElement.PRODUK_LAYANAN).shortValue();
        kompetensiPelaksana = e.get(SkmElement.KOMPETENSI_PELAKSANA).shortValue();
        perilakuPelaksana = e.get(SkmElement.PERILAKU_PELAKSANA).shortValue();
        penangananPengaduan = e.get(SkmElement.PENANGANAN_PENGADUAN).shortValue();
        saranaPrasarana = e.get(SkmElement.SARANA_PRASARANA).shortValue();
    }

    public Map<SkmElement, Integer> elements() {
        Map<SkmElement, Integer> m = new EnumMap<>(SkmElement.class);
        m.put(SkmElement.PERSYARATAN, (int) persyaratan);
        m.put(SkmElement.PROSEDUR, (int) prosedur);
        m.put(SkmElement.WAKTU_PENYELESAIAN, (int) waktuPenyelesaian);
        m.put(SkmElement.BIAYA_TARIF, (int) biayaTarif);
        m.put(SkmElement.PRODUK_LAYANAN, (int) produkLayanan);
        m.put(SkmElement.KOMPETENSI_PELAKSANA, (int) kompetensiPelaksana);
        m.put(SkmElement.PERILAKU_PELAKSANA, (int) perilakuPelaksana);
        m.put(SkmElement.PENANGANAN_PENGADUAN, (int) penangananPengaduan);
        m.put(SkmElement.SARANA_PRASARANA, (int) saranaPrasarana);
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

    /** Only the values the citizen rated. */
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

    private static void put(Map<BerAkhlak, Integer> m, BerAkhlak k, Short v) {
        if (v != null) {
            m.put(k, v.intValue());
        }
    }
}
