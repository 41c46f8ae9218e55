package id.merit.employee.domain;

/**
 * Position types (jenis jabatan) with the default required level of the managerial and socio-cultural
 * competencies (DESIGN §3: JPT Madya 5, JPT Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1).
 * Our choices where the design is silent: JPT Utama 5 (the top of the 1-5 scale, as for JPT Madya) and
 * Fungsional by level, see {@link #defaultManagerialLevel(FungsionalLevel)}.
 */
public enum PositionType {
    JPT_UTAMA(5), JPT_MADYA(5), JPT_PRATAMA(4), ADMINISTRATOR(3), PENGAWAS(2), PELAKSANA(1), FUNGSIONAL(0);

    private final int managerialLevel;

    PositionType(int managerialLevel) {
        this.managerialLevel = managerialLevel;
    }

    public boolean needsFungsionalLevel() {
        return this == FUNGSIONAL;
    }

    /**
     * Fungsional positions lead no organisation unit, so they sit one level below the structural position of
     * the same seniority: Ahli Utama 4 (beside JPT Pratama), Ahli Madya 3, Ahli Muda 2, Ahli Pertama and every
     * keterampilan level 1.
     */
    public int defaultManagerialLevel(FungsionalLevel level) {
        if (this != FUNGSIONAL) {
            return managerialLevel;
        }
        if (level == null) {
            throw new IllegalArgumentException("a FUNGSIONAL position needs its fungsionalLevel");
        }
        return switch (level) {
            case AHLI_UTAMA -> 4;
            case AHLI_MADYA -> 3;
            case AHLI_MUDA -> 2;
            case AHLI_PERTAMA, PENYELIA, MAHIR, TERAMPIL, PEMULA -> 1;
        };
    }
}
