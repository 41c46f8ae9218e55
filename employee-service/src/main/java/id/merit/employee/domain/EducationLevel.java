package id.merit.employee.domain;

import java.util.Locale;
import java.util.Optional;

/** Education levels in ascending order (SD ... S3). */
public enum EducationLevel {
    SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3;

    public boolean atLeast(EducationLevel other) {
        return compareTo(other) >= 0;
    }

    /** Reads the registry's free-text level ("S-1/Sarjana", "D-III", "SLTA", "Doktor", ...). */
    public static Optional<EducationLevel> fromRegistry(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (t.startsWith("S3") || t.contains("DOKTOR")) {
            return Optional.of(S3);
        }
        if (t.startsWith("S2") || t.contains("MAGISTER") || t.contains("SPESIALIS")) {
            return Optional.of(S2);
        }
        if (t.startsWith("S1") || t.contains("SARJANA")) {
            return Optional.of(S1);
        }
        if (t.startsWith("D4") || t.startsWith("DIV")) {
            return Optional.of(D4);
        }
        if (t.startsWith("D3") || t.startsWith("DIII")) {
            return Optional.of(D3);
        }
        if (t.startsWith("D2") || t.startsWith("DII")) {
            return Optional.of(D2);
        }
        if (t.startsWith("D1") || t.startsWith("DI")) {
            return Optional.of(D1);
        }
        if (t.startsWith("SMA") || t.startsWith("SLTA") || t.startsWith("SMK") || t.startsWith("MA")) {
            return Optional.of(SMA);
        }
        if (t.startsWith("SMP") || t.startsWith("SLTP") || t.startsWith("MTS")) {
            return Optional.of(SMP);
        }
        if (t.startsWith("SD") || t.startsWith("MI")) {
            return Optional.of(SD);
        }
        return Optional.empty();
    }
}
