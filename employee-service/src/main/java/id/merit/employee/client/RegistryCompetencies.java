package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.employee.domain.Competency;
import id.merit.employee.domain.CompetencyKind;
import id.merit.employee.service.EmployeeData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The one place where the registry's competency history ({@code pns/rw-kompetensi/{nip}}) becomes competency
 * assessments with source {@value #SOURCE}.
 *
 * <p>ASSUMPTION (check against SIASN's own reference before production): field names are those commonly seen in SIASN
 * answers and client SDKs, not taken from an official specification. Item: {@code id} (names the row in a rejection);
 * {@code jenisKompetensi} (MANAJERIAL / SOSIOKULTURAL / TEKNIS; absent: any kind); {@code kodeKompetensi}, else
 * {@code namaKompetensi} → the competency; {@code level}, else {@code nilai} → level (1-5, a whole number);
 * {@code tanggal} → assessedOn.
 *
 * <p>The competency must be one Merit knows, of the kind the row names: one of the nine standard competencies (by code,
 * "KERJA_SAMA" / "Kerja Sama", or title, "Orientasi pada Hasil") or a technical one named in a position's competency
 * standard (by its code or name); case, spaces and punctuation do not matter. Any other row is rejected — a free-text
 * registry name would become a code no position asks for.
 *
 * <p>Merge rule: the read is a history, so per competency its latest row counts (rows of one competency on that same
 * latest date with different levels are rejected, not guessed). A successful read replaces every {@value #SOURCE}
 * assessment and keeps the others (hr-admin's, an assessment centre's); the record holds one assessment per
 * competency, the latest: a registry assessment newer than the kept one of the same competency replaces it, an older
 * one or one of the same date gives way. A new competency is added while the record has room
 * ({@link EmployeeData#MAX_COMPETENCIES}).
 */
public final class RegistryCompetencies {
    public static final String KOMPETENSI = "rw-kompetensi";
    /** The source of an assessment imported from the registry; the next successful read replaces exactly these. */
    public static final String SOURCE = "SIASN";

    /** A competency of Merit's dictionary: its code and name. */
    public record Known(String code, String name, CompetencyKind kind) {
    }

    private RegistryCompetencies() {
    }

    /**
     * One row.
     *
     * @param technical the technical competencies of the positions' competency standards
     * @throws IllegalArgumentException with the reason the row cannot be used
     */
    public static EmployeeData.AssessmentItem assessment(JsonNode row, List<Known> technical) {
        JsonNode r = RegistryHistory.object(row);
        String code = resolve(r, kind(RegistryRecord.text(r, "jenisKompetensi")), technical);
        Integer level = RegistryRecord.whole(r, "level", "a level 1-5");
        level = level != null ? level : RegistryRecord.whole(r, "nilai", "a level 1-5");
        if (level == null) {
            throw new IllegalArgumentException("level / nilai is missing");
        }
        LocalDate on = RegistryRecord.date(r, "tanggal");
        if (on == null) {
            throw new IllegalArgumentException("tanggal is missing");
        }
        return new EmployeeData.AssessmentItem(code, level, on, SOURCE);
    }

    /** The employee's assessments with the registry's merged in (see the class comment); rows not taken go to {@code rejected}. */
    public static List<EmployeeData.AssessmentItem> merge(List<EmployeeData.AssessmentItem> current,
                                                          List<RegistryHistory.Row<EmployeeData.AssessmentItem>> rows,
                                                          List<RegistryHistory.Rejection> rejected) {
        Map<String, List<RegistryHistory.Row<EmployeeData.AssessmentItem>>> byCode = new TreeMap<>();
        rows.forEach(r -> byCode.computeIfAbsent(r.value().code(), c -> new ArrayList<>()).add(r));
        List<EmployeeData.AssessmentItem> merged = new ArrayList<>(current.stream().filter(a -> !SOURCE.equals(a.source())).toList());
        byCode.forEach((code, history) -> {
            LocalDate last = history.stream().map(r -> r.value().assessedOn()).max(Comparator.naturalOrder()).orElseThrow();
            List<RegistryHistory.Row<EmployeeData.AssessmentItem>> latest = history.stream().filter(r -> r.value().assessedOn().equals(last)).toList();
            Set<Integer> levels = new TreeSet<>(latest.stream().map(r -> r.value().level()).toList());
            if (levels.size() > 1) {
                latest.forEach(r -> rejected.add(r.reject(KOMPETENSI, code + " is assessed on " + last + " with different levels " + levels
                        + "; not imported")));
                return;
            }
            EmployeeData.AssessmentItem a = latest.get(0).value();
            int at = indexOf(merged, code);
            if (at >= 0) {
                if (a.assessedOn().isAfter(merged.get(at).assessedOn())) {
                    merged.set(at, a);
                }
            } else if (merged.size() < EmployeeData.MAX_COMPETENCIES) {
                merged.add(a);
            } else {
                latest.forEach(r -> rejected.add(r.reject(KOMPETENSI, "the record already has " + EmployeeData.MAX_COMPETENCIES
                        + " competencies, the most it keeps")));
            }
        });
        return merged;
    }

    /** The kind a row names; null when it names none (then any kind may match). */
    private static CompetencyKind kind(String text) {
        if (text == null) {
            return null;
        }
        String k = RegistryRecord.constantName(text);
        if (k.startsWith("MANAJERIAL") || k.startsWith("MANAGERIAL")) {
            return CompetencyKind.MANAGERIAL;
        }
        if (k.startsWith("SOSIO")) {
            return CompetencyKind.SOCIOCULTURAL;
        }
        if (k.startsWith("TEKNIS") || k.startsWith("TECHNICAL")) {
            return CompetencyKind.TECHNICAL;
        }
        throw new IllegalArgumentException("jenisKompetensi '" + text + "' is not MANAJERIAL, SOSIOKULTURAL or TEKNIS");
    }

    private static String resolve(JsonNode r, CompetencyKind kind, List<Known> technical) {
        List<Known> dictionary = Stream.concat(Competency.standard().stream().map(c -> new Known(c.name(), c.title, c.kind)), technical.stream())
                .filter(k -> kind == null || k.kind() == kind).toList();
        String kode = RegistryRecord.text(r, "kodeKompetensi");
        String nama = RegistryRecord.text(r, "namaKompetensi");
        if (kode == null && nama == null) {
            throw new IllegalArgumentException("kodeKompetensi / namaKompetensi is missing");
        }
        return Stream.of(kode, nama).map(t -> lookUp(dictionary, t)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalArgumentException((kode != null ? "kodeKompetensi '" + kode + "'" : "")
                        + (kode != null && nama != null ? " / " : "") + (nama != null ? "namaKompetensi '" + nama + "'" : "")
                        + " names no " + (kind == null ? "" : kind.name().toLowerCase() + " ") + "competency Merit knows "
                        + "(the nine standard ones, and the technical ones of positions' competency standards)"));
    }

    private static Optional<String> lookUp(List<Known> dictionary, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = RegistryRecord.constantName(text);
        return dictionary.stream().filter(k -> k.code().equals(key) || (k.name() != null && RegistryRecord.constantName(k.name()).equals(key)))
                .map(Known::code).findFirst();
    }

    private static int indexOf(List<EmployeeData.AssessmentItem> list, String code) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
