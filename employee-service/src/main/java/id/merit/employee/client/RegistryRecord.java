package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.employee.Employee;
import id.merit.employee.domain.EducationLevel;
import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.Golongan;
import id.merit.employee.domain.Nip;
import id.merit.employee.domain.Sex;
import id.merit.employee.service.EmployeeData;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a registry record shaped like pns/data-utama (from the API or an export file) into the data an employee
 * record is written from. What the registry does not carry (status, competencies, potential, a unit without a
 * known unor) is kept from the existing record.
 */
public final class RegistryRecord {
    private static final DateTimeFormatter REGISTRY_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private RegistryRecord() {
    }

    /**
     * @param unitByUnorId the local unit synced from that registry unor, or null
     * @throws IllegalArgumentException with the reason the record cannot be used
     */
    public static EmployeeData toData(JsonNode r, Employee existing, Function<String, UUID> unitByUnorId) {
        if (r == null || !r.isObject()) {
            throw new IllegalArgumentException("not a data-utama object");
        }
        if (r.has("_columns")) {
            throw new IllegalArgumentException("the row has " + r.get("_columns").asInt() + " columns, the header names a different number");
        }
        String nip = text(r, "nipBaru");
        if (nip == null) {
            throw new IllegalArgumentException("nipBaru is missing");
        }
        Nip parsed = Nip.parse(nip);
        String name = text(r, "nama");
        if (name == null) {
            throw new IllegalArgumentException("nama is missing");
        }
        LocalDate birth = date(r, "tglLahir");
        if (birth == null) {
            throw new IllegalArgumentException("tglLahir is missing");
        }
        Sex sex = sex(text(r, "jenisKelamin"));
        String golongan = null;
        LocalDate golonganTmt = null;
        String golId = text(r, "golRuangAkhirId");
        if (golId != null || text(r, "golRuangAkhir") != null) {
            Golongan g = parsed.type() == EmploymentType.PNS
                    ? Golongan.ofSiasnCode(golId).orElseThrow(() -> new IllegalArgumentException("golRuangAkhirId '" + golId + "' is not 11..45"))
                    : Golongan.of(EmploymentType.PPPK, text(r, "golRuangAkhir") != null ? text(r, "golRuangAkhir") : golId)
                    .orElseThrow(() -> new IllegalArgumentException("PPPK golongan must be I..XVII"));
            golongan = g.code;
            golonganTmt = date(r, "tmtGolAkhir") != null ? date(r, "tmtGolAkhir") : date(r, "tmtCpns") != null ? date(r, "tmtCpns") : parsed.tmt();
        }
        UUID unit = text(r, "unorId") == null ? null : unitByUnorId.apply(text(r, "unorId"));
        if (unit == null && existing != null) {
            unit = existing.unitId;
        }
        List<EmployeeData.EducationItem> education = new ArrayList<>();
        if (existing != null) {
            existing.education.forEach(e -> education.add(new EmployeeData.EducationItem(e.level(), e.field(), e.institution(), e.year())));
        }
        String eduText = text(r, "pendidikanTerakhirNama");
        Integer year = eduText == null ? null : whole(r, "tahunLulus", "a year");
        if (eduText != null && year != null) {
            EducationLevel level = RegistryEducation.level("pendidikanTerakhirNama", eduText);
            if (RegistryEducation.indexOf(education, level, year) < 0) {
                education.add(new EmployeeData.EducationItem(level, eduText, text(r, "pendidikanTerakhirInstansi"), year));
            }
        }
        List<EmployeeData.AssessmentItem> competencies = existing == null ? List.of() : existing.competencies.stream()
                .map(a -> new EmployeeData.AssessmentItem(a.code(), a.level(), a.assessedOn(), a.source())).toList();
        return new EmployeeData(nip, name, text(r, "gelarDepan"), text(r, "gelarBelakang"), text(r, "tempatLahir"), birth, sex,
                existing == null ? null : existing.status, golongan, golonganTmt, unit, education, competencies,
                existing == null ? null : existing.potentialScore, existing == null ? null : existing.potentialAssessedOn);
    }

    static String text(JsonNode r, String field) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /**
     * A whole number given as a JSON number or as digits in a string (the registry sends both); null when absent.
     *
     * @param what what the number is, for the reason: "a year", "a whole number of hours"
     */
    static Integer whole(JsonNode r, String field, String what) {
        JsonNode n = r.get(field);
        if (n != null && n.isIntegralNumber() && n.canConvertToInt()) {
            return n.intValue();
        }
        String s = text(r, field);
        if (s == null) {
            return null;
        }
        if (!s.matches("[0-9]{1,6}")) {
            throw new IllegalArgumentException(field + " '" + s + "' is not " + what);
        }
        return Integer.parseInt(s);
    }

    /** Registry text as an UPPER_SNAKE constant, to compare it with Merit's names: "Sangat Baik" → SANGAT_BAIK. */
    static String constantName(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    static LocalDate date(JsonNode r, String field) {
        String s = text(r, field);
        if (s == null) {
            return null;
        }
        try {
            return s.length() == 10 && s.charAt(2) == '-' ? LocalDate.parse(s, REGISTRY_DATE) : LocalDate.parse(s.substring(0, Math.min(10, s.length())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + s + "' is not a date (dd-MM-yyyy or yyyy-MM-dd)");
        }
    }

    static Sex sex(String s) {
        if (s == null) {
            throw new IllegalArgumentException("jenisKelamin is missing");
        }
        return switch (s.toUpperCase(Locale.ROOT)) {
            case "M", "L", "PRIA", "LAKI-LAKI", "1" -> Sex.MALE;
            case "F", "P", "WANITA", "PEREMPUAN", "2" -> Sex.FEMALE;
            default -> throw new IllegalArgumentException("jenisKelamin '" + s + "' is not M/F");
        };
    }
}
