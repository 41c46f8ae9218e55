package id.merit.feedback.domain;

/** The seven BerAKHLAK core values that make up Perilaku Kerja (DESIGN §3). */
public enum BerAkhlak {
    BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
}
