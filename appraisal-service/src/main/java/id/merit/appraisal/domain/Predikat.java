package id.merit.appraisal.domain;

/** The official annual performance predikat (PermenPANRB 6/2022). */
public enum Predikat {
    SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    /**
     * The rating matrix of DESIGN §3 (rows Hasil Kerja, columns Perilaku Kerja). The predikat is always derived
     * from here, never entered by hand.
     */
    private static final Predikat[][] MATRIX = {
            /* hasil ABOVE */ {SANGAT_BAIK, BAIK, KURANG},
            /* hasil MEETS */ {BAIK, BAIK, KURANG},
            /* hasil BELOW */ {BUTUH_PERBAIKAN, BUTUH_PERBAIKAN, SANGAT_KURANG},
    };

    public static Predikat of(Rating hasilKerja, Rating perilakuKerja) {
        if (hasilKerja == null || perilakuKerja == null) {
            throw new IllegalArgumentException("both Hasil Kerja and Perilaku Kerja are needed for a predikat");
        }
        return MATRIX[hasilKerja.ordinal()][perilakuKerja.ordinal()];
    }
}
