package id.merit.employee.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Golongan/ruang of a PNS (I/a ... IV/e, with pangkat and SIASN id 11 ... 45) and golongan of a PPPK (I ... XVII,
 * no pangkat). {@code rank} orders them within one employment type.
 */
public enum Golongan {
    I_A(EmploymentType.PNS, "I/a", "Juru Muda", "11", 1),
    I_B(EmploymentType.PNS, "I/b", "Juru Muda Tk I", "12", 2),
    I_C(EmploymentType.PNS, "I/c", "Juru", "13", 3),
    I_D(EmploymentType.PNS, "I/d", "Juru Tk I", "14", 4),
    II_A(EmploymentType.PNS, "II/a", "Pengatur Muda", "21", 5),
    II_B(EmploymentType.PNS, "II/b", "Pengatur Muda Tk I", "22", 6),
    II_C(EmploymentType.PNS, "II/c", "Pengatur", "23", 7),
    II_D(EmploymentType.PNS, "II/d", "Pengatur Tk I", "24", 8),
    III_A(EmploymentType.PNS, "III/a", "Penata Muda", "31", 9),
    III_B(EmploymentType.PNS, "III/b", "Penata Muda Tk I", "32", 10),
    III_C(EmploymentType.PNS, "III/c", "Penata", "33", 11),
    III_D(EmploymentType.PNS, "III/d", "Penata Tk I", "34", 12),
    IV_A(EmploymentType.PNS, "IV/a", "Pembina", "41", 13),
    IV_B(EmploymentType.PNS, "IV/b", "Pembina Tk I", "42", 14),
    IV_C(EmploymentType.PNS, "IV/c", "Pembina Utama Muda", "43", 15),
    IV_D(EmploymentType.PNS, "IV/d", "Pembina Utama Madya", "44", 16),
    IV_E(EmploymentType.PNS, "IV/e", "Pembina Utama", "45", 17),
    PPPK_I(EmploymentType.PPPK, "I", null, null, 1),
    PPPK_II(EmploymentType.PPPK, "II", null, null, 2),
    PPPK_III(EmploymentType.PPPK, "III", null, null, 3),
    PPPK_IV(EmploymentType.PPPK, "IV", null, null, 4),
    PPPK_V(EmploymentType.PPPK, "V", null, null, 5),
    PPPK_VI(EmploymentType.PPPK, "VI", null, null, 6),
    PPPK_VII(EmploymentType.PPPK, "VII", null, null, 7),
    PPPK_VIII(EmploymentType.PPPK, "VIII", null, null, 8),
    PPPK_IX(EmploymentType.PPPK, "IX", null, null, 9),
    PPPK_X(EmploymentType.PPPK, "X", null, null, 10),
    PPPK_XI(EmploymentType.PPPK, "XI", null, null, 11),
    PPPK_XII(EmploymentType.PPPK, "XII", null, null, 12),
    PPPK_XIII(EmploymentType.PPPK, "XIII", null, null, 13),
    PPPK_XIV(EmploymentType.PPPK, "XIV", null, null, 14),
    PPPK_XV(EmploymentType.PPPK, "XV", null, null, 15),
    PPPK_XVI(EmploymentType.PPPK, "XVI", null, null, 16),
    PPPK_XVII(EmploymentType.PPPK, "XVII", null, null, 17);

    public final EmploymentType employmentType;
    public final String code;
    public final String pangkat;
    public final String siasnCode;
    public final int rank;

    Golongan(EmploymentType employmentType, String code, String pangkat, String siasnCode, int rank) {
        this.employmentType = employmentType;
        this.code = code;
        this.pangkat = pangkat;
        this.siasnCode = siasnCode;
        this.rank = rank;
    }

    /** By its written code ("III/a", "IX") within an employment type; PNS codes are case-insensitive in the letter. */
    public static Optional<Golongan> of(EmploymentType type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim();
        return Arrays.stream(values()).filter(g -> g.employmentType == type && g.code.equalsIgnoreCase(c)).findFirst();
    }

    /** By the registry's golRuangAkhirId (PNS only). */
    public static Optional<Golongan> ofSiasnCode(String siasnCode) {
        return Arrays.stream(values()).filter(g -> g.siasnCode != null && g.siasnCode.equals(siasnCode == null ? null : siasnCode.trim())).findFirst();
    }
}
