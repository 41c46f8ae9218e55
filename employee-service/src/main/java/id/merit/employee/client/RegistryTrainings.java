package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.employee.domain.TrainingType;
import id.merit.employee.service.TrainingData;
import id.merit.employee.service.TrainingService;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The one place where the registry's training reads are mapped to training records.
 *
 * <p>ASSUMPTION (check against SIASN's own reference before production): field names are those commonly seen in
 * SIASN answers and client SDKs, not taken from an official specification.
 * <ul>
 * <li>{@code pns/rw-diklat/{nip}} item: {@code id} → registry id; {@code latihanStrukturalNama}, else {@code namaDiklat}
 *     → title; {@code institusiPenyelenggara} → provider; {@code tanggal} → startDate; {@code tanggalSelesai} → endDate
 *     (absent: the start date, a one-day activity); {@code jumlahJam} → hours (JP); type DIKLAT. {@code nomor}
 *     (certificate number) is not kept.</li>
 * <li>{@code pns/rw-kursus/{nip}} item: {@code id}; {@code namaKursus} → title; {@code institusiPenyelenggara} →
 *     provider; {@code tanggalKursus} / {@code tanggalSelesaiKursus} → dates (same rule); {@code jumlahJam} → hours;
 *     type from {@code jenisKursusSertifikat} (also spelled {@code jenisKursusSertipikat}) or {@code jenisKursus}:
 *     text containing seminar / workshop / lokakarya / simposium → SEMINAR, coaching → COACHING, mentoring → MENTORING,
 *     e-learning → ELEARNING, anything else (kursus, sertifikat, codes) → COURSE.</li>
 * </ul>
 * Dates are dd-MM-yyyy or yyyy-MM-dd. The registry names no competencies and no evidence link: imported rows start
 * without them, and hr-admin may add them (a re-import keeps them).
 */
public final class RegistryTrainings {
    public static final String DIKLAT = "rw-diklat";
    public static final String KURSUS = "rw-kursus";

    private RegistryTrainings() {
    }

    /** @throws IllegalArgumentException with the reason the row cannot be used */
    public static TrainingService.RegistryRow diklat(JsonNode r) {
        String title = RegistryRecord.text(r, "latihanStrukturalNama") != null ? RegistryRecord.text(r, "latihanStrukturalNama")
                : required(r, "namaDiklat", "latihanStrukturalNama / namaDiklat");
        return row(DIKLAT, r, title, TrainingType.DIKLAT, "tanggal", "tanggalSelesai");
    }

    /** @throws IllegalArgumentException with the reason the row cannot be used */
    public static TrainingService.RegistryRow kursus(JsonNode r) {
        String title = required(r, "namaKursus", "namaKursus");
        return row(KURSUS, r, title, kursusType(r), "tanggalKursus", "tanggalSelesaiKursus");
    }

    private static TrainingService.RegistryRow row(String source, JsonNode r, String title, TrainingType type, String startField, String endField) {
        String id = required(r, "id", "id");
        LocalDate start = RegistryRecord.date(r, startField);
        if (start == null) {
            throw new IllegalArgumentException(startField + " is missing");
        }
        LocalDate end = RegistryRecord.date(r, endField);
        TrainingData data = new TrainingData(title, type, RegistryRecord.text(r, "institusiPenyelenggara"), start,
                end == null ? start : end, hours(r), List.of(), null);
        return new TrainingService.RegistryRow(source, id, data);
    }

    private static TrainingType kursusType(JsonNode r) {
        String kind = RegistryRecord.text(r, "jenisKursusSertifikat");
        kind = kind != null ? kind : RegistryRecord.text(r, "jenisKursusSertipikat");
        kind = kind != null ? kind : RegistryRecord.text(r, "jenisKursus");
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        if (k.contains("seminar") || k.contains("workshop") || k.contains("lokakarya") || k.contains("simposium")) {
            return TrainingType.SEMINAR;
        }
        if (k.contains("coaching")) {
            return TrainingType.COACHING;
        }
        if (k.contains("mentoring")) {
            return TrainingType.MENTORING;
        }
        if (k.replace("-", "").replace(" ", "").contains("elearning")) {
            return TrainingType.ELEARNING;
        }
        return TrainingType.COURSE;
    }

    /** jumlahJam (a JSON number or digits in a string); the 1..1000 range is checked with the other rules. */
    private static Integer hours(JsonNode r) {
        Integer hours = RegistryRecord.whole(r, "jumlahJam", "a whole number of hours");
        if (hours == null) {
            throw new IllegalArgumentException("jumlahJam is missing");
        }
        return hours;
    }

    private static String required(JsonNode r, String field, String name) {
        String s = RegistryRecord.text(RegistryHistory.object(r), field);
        if (s == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return s;
    }
}
