package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.employee.Employee;
import id.merit.employee.config.RegistryConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one place where the registry's appraisal history ({@code pns/rw-skp22/{nip}}) becomes the results Merit keeps
 * per year ({@link Employee.RegistryAppraisal}): what placement's predikat rule reads before Merit has results of its own.
 *
 * <p>ASSUMPTION (check against SIASN's own reference before production): field names are those commonly seen in SIASN
 * answers and client SDKs, not taken from an official specification. Item: {@code id} (names the row in a rejection);
 * {@code tahun} → year; {@code kuadranKinerjaNilai} (a code) and/or {@code kuadranKinerja} (text: "SANGAT BAIK",
 * "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang") → predikat; {@code hasilKinerjaNilai} → hasilKerja;
 * {@code perilakuKerjaNilai}, else {@code perilakuKinerjaNilai} → perilakuKerja. Codes are read back through the very
 * table skp22/save writes them with (merit.registry.skp22.predikat-codes / rating-codes, {@link RegistrySkp22#valueOf});
 * codes may come as numbers or digit strings.
 *
 * <p>Rules: a row needs a year in {@value #FIRST_YEAR}..the current year and a predikat (code and text, when both are
 * given, must agree); a rating it does not give is null. Rows of one year that name different predikat reject that
 * year (each of its rows is reported) — it is not guessed; rows of one year with the same predikat count once, and a
 * rating they give differently is left null.
 */
public final class RegistryAppraisals {
    public static final String SKP22 = "rw-skp22";
    /** Earliest year taken (the registry's writes are checked against the same bound). */
    public static final int FIRST_YEAR = 2000;

    private RegistryAppraisals() {
    }

    /**
     * The results of one rw-skp22 read, sorted by year; rows and years that cannot be used go to {@code rejected}.
     *
     * @param latestYear the current year: a result for a later one is not plausible
     */
    public static List<Employee.RegistryAppraisal> read(JsonNode list, RegistryConfig.Skp22 codes, int latestYear,
                                                        List<RegistryHistory.Rejection> rejected) {
        Map<Integer, List<RegistryHistory.Row<Employee.RegistryAppraisal>>> byYear = new TreeMap<>();
        for (var row : RegistryHistory.rows(SKP22, list, r -> result(r, codes, latestYear), rejected)) {
            byYear.computeIfAbsent(row.value().year(), y -> new ArrayList<>()).add(row);
        }
        List<Employee.RegistryAppraisal> results = new ArrayList<>();
        byYear.forEach((year, rows) -> {
            Set<String> predikats = agreed(rows, Employee.RegistryAppraisal::predikat);
            if (predikats.size() > 1) {
                rows.forEach(r -> rejected.add(r.reject(SKP22, "year " + year + " is given " + rows.size() + " times with different predikat "
                        + predikats + "; that year is not imported")));
                return;
            }
            results.add(new Employee.RegistryAppraisal(year, predikats.iterator().next(),
                    single(agreed(rows, Employee.RegistryAppraisal::hasilKerja)), single(agreed(rows, Employee.RegistryAppraisal::perilakuKerja))));
        });
        return results;
    }

    /** One row. @throws IllegalArgumentException with the reason the row cannot be used */
    static Employee.RegistryAppraisal result(JsonNode row, RegistryConfig.Skp22 codes, int latestYear) {
        JsonNode r = RegistryHistory.object(row);
        Integer year = RegistryRecord.whole(r, "tahun", "a year");
        if (year == null) {
            throw new IllegalArgumentException("tahun is missing");
        }
        if (year < FIRST_YEAR || year > latestYear) {
            throw new IllegalArgumentException("tahun " + year + " is outside " + FIRST_YEAR + "-" + latestYear);
        }
        String perilaku = RegistryRecord.text(r, "perilakuKerjaNilai") != null ? "perilakuKerjaNilai" : "perilakuKinerjaNilai";
        return new Employee.RegistryAppraisal(year, predikat(r, codes),
                decode(r, "hasilKinerjaNilai", codes.ratingCodes(), "rating", RegistrySkp22.RATINGS),
                decode(r, perilaku, codes.ratingCodes(), "rating", RegistrySkp22.RATINGS));
    }

    private static String predikat(JsonNode r, RegistryConfig.Skp22 codes) {
        String byCode = decode(r, "kuadranKinerjaNilai", codes.predikatCodes(), "predikat", RegistrySkp22.PREDIKATS);
        String text = RegistryRecord.text(r, "kuadranKinerja");
        String byText = text == null ? null : RegistryRecord.constantName(text);
        if (byText != null && !RegistrySkp22.PREDIKATS.contains(byText)) {
            throw new IllegalArgumentException("kuadranKinerja '" + text + "' is no predikat (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang)");
        }
        if (byCode != null && byText != null && !byCode.equals(byText)) {
            throw new IllegalArgumentException("kuadranKinerjaNilai (" + byCode + ") and kuadranKinerja '" + text + "' disagree");
        }
        if (byCode == null && byText == null) {
            throw new IllegalArgumentException("kuadranKinerjaNilai / kuadranKinerja is missing");
        }
        return byCode != null ? byCode : byText;
    }

    /** A code field read back through its table; null when the row does not give it. */
    private static String decode(JsonNode r, String field, Map<String, Integer> table, String what, Set<String> valid) {
        Integer code = RegistryRecord.whole(r, field, "a code");
        if (code == null) {
            return null;
        }
        String value;
        try {
            value = RegistrySkp22.valueOf(table, what, code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " " + e.getMessage());
        }
        if (!valid.contains(value)) {
            throw new IllegalArgumentException(field + " " + code + " stands for " + value + ", which is no " + what + " " + new TreeSet<>(valid));
        }
        return value;
    }

    /** The different non-null values the rows give, sorted. */
    private static Set<String> agreed(List<RegistryHistory.Row<Employee.RegistryAppraisal>> rows, Function<Employee.RegistryAppraisal, String> field) {
        Set<String> values = new TreeSet<>();
        rows.stream().map(r -> field.apply(r.value())).filter(v -> v != null).forEach(values::add);
        return values;
    }

    private static String single(Set<String> values) {
        return values.size() == 1 ? values.iterator().next() : null;
    }
}
