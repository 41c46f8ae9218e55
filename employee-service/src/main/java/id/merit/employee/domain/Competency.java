package id.merit.employee.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The 8 managerial competencies and the socio-cultural one of PermenPANRB 38/2017; technical ones are free codes. */
public enum Competency {
    INTEGRITAS("Integritas", CompetencyKind.MANAGERIAL),
    KERJA_SAMA("Kerja Sama", CompetencyKind.MANAGERIAL),
    KOMUNIKASI("Komunikasi", CompetencyKind.MANAGERIAL),
    ORIENTASI_HASIL("Orientasi pada Hasil", CompetencyKind.MANAGERIAL),
    PELAYANAN_PUBLIK("Pelayanan Publik", CompetencyKind.MANAGERIAL),
    PENGEMBANGAN_DIRI("Pengembangan Diri dan Orang Lain", CompetencyKind.MANAGERIAL),
    MENGELOLA_PERUBAHAN("Mengelola Perubahan", CompetencyKind.MANAGERIAL),
    PENGAMBILAN_KEPUTUSAN("Pengambilan Keputusan", CompetencyKind.MANAGERIAL),
    PEREKAT_BANGSA("Perekat Bangsa", CompetencyKind.SOCIOCULTURAL);

    /** Format of every competency code, standard or technical: UPPER_SNAKE, at most 50 characters. */
    public static final String CODE_PATTERN = "[A-Z0-9_]+";
    public static final String CODE_MESSAGE = "UPPER_SNAKE code";
    public static final int CODE_MAX = 50;

    public final String title;
    public final CompetencyKind kind;

    Competency(String title, CompetencyKind kind) {
        this.title = title;
        this.kind = kind;
    }

    public static Optional<Competency> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /** The kind a code stands for: one of the nine standard ones, otherwise technical. */
    public static CompetencyKind kindOf(String code) {
        return ofCode(code).map(c -> c.kind).orElse(CompetencyKind.TECHNICAL);
    }

    public static List<Competency> standard() {
        return List.of(values());
    }
}
