package id.merit.feedback.domain;

/** The nine elements of the public satisfaction survey (SKM, PermenPANRB 14/2017), each scored 1-4. */
public enum SkmElement {
    PERSYARATAN("Persyaratan"),
    PROSEDUR("Sistem, mekanisme dan prosedur"),
    WAKTU_PENYELESAIAN("Waktu penyelesaian"),
    BIAYA_TARIF("Biaya/tarif"),
    PRODUK_LAYANAN("Produk spesifikasi jenis pelayanan"),
    KOMPETENSI_PELAKSANA("Kompetensi pelaksana"),
    PERILAKU_PELAKSANA("Perilaku pelaksana"),
    PENANGANAN_PENGADUAN("Penanganan pengaduan, saran dan masukan"),
    SARANA_PRASARANA("Sarana dan prasarana");

    private final String label;

    SkmElement(String label) {
        this.label = label;
    }

    /** The element's name as the regulation (and the citizens' page) words it. */
    public String label() {
        return label;
    }
}
