package id.merit.appraisal.domain;

/** The seven BerAKHLAK core values that make up Perilaku Kerja. */
public enum BerAkhlak {
    BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
}
