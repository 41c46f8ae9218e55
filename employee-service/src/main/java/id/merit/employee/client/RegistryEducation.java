package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.employee.domain.EducationLevel;
import id.merit.employee.service.EmployeeData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where the registry's education history ({@code pns/rw-pendidikan/{nip}}) is merged into an employee's
 * education.
 *
 * <p>ASSUMPTION (check against SIASN's own reference before production): field names are those commonly seen in SIASN
 * answers and client SDKs, not taken from an official specification. Item: {@code id} (names the row in a rejection);
 * {@code tkPendidikanNama} (level text: "S-1/Sarjana", "D-III", "SLTA", ...) → level; {@code pendidikanNama} → field
 * (programme); {@code namaSekolah} → institution; {@code tahunLulus} → year.
 *
 * <p>Merge rule, the one data-utama's last education follows: an entry is known by its (level, year). A registry row
 * whose key the employee already has updates that entry — the programme and institution it gives replace the listed
 * ones, one it leaves empty keeps what is there —; a new key is added while the record has room
 * ({@link EmployeeData#MAX_EDUCATION}); entries the registry does not list are kept (hr-admin's, and any the registry
 * dropped: the two cannot be told apart). A second row with the same key is rejected, not merged.
 */
public final class RegistryEducation {
    public static final String PENDIDIKAN = "rw-pendidikan";

    private RegistryEducation() {
    }

    /** One row. @throws IllegalArgumentException with the reason the row cannot be used */
    public static EmployeeData.EducationItem item(JsonNode row) {
        JsonNode r = RegistryHistory.object(row);
        String levelText = RegistryRecord.text(r, "tkPendidikanNama");
        if (levelText == null) {
            throw new IllegalArgumentException("tkPendidikanNama is missing");
        }
        EducationLevel level = level("tkPendidikanNama", levelText);
        Integer year = RegistryRecord.whole(r, "tahunLulus", "a year");
        if (year == null) {
            throw new IllegalArgumentException("tahunLulus is missing");
        }
        return new EmployeeData.EducationItem(level, RegistryRecord.text(r, "pendidikanNama"), RegistryRecord.text(r, "namaSekolah"), year);
    }

    /** The employee's education with the rows merged in (see the class comment); rows not taken go to {@code rejected}. */
    public static List<EmployeeData.EducationItem> merge(List<EmployeeData.EducationItem> current, List<RegistryHistory.Row<EmployeeData.EducationItem>> rows,
                                                         List<RegistryHistory.Rejection> rejected) {
        List<EmployeeData.EducationItem> merged = new ArrayList<>(current);
        Map<String, Integer> rowOfKey = new HashMap<>();
        for (var row : rows) {
            EmployeeData.EducationItem e = row.value();
            Integer first = rowOfKey.putIfAbsent(e.level() + "/" + e.year(), row.index());
            if (first != null) {
                rejected.add(row.reject(PENDIDIKAN, "level " + e.level() + " and tahunLulus " + e.year() + " repeat row " + first));
                continue;
            }
            int at = indexOf(merged, e.level(), e.year());
            if (at >= 0) {
                EmployeeData.EducationItem old = merged.get(at);
                merged.set(at, new EmployeeData.EducationItem(e.level(), e.field() != null ? e.field() : old.field(),
                        e.institution() != null ? e.institution() : old.institution(), e.year()));
            } else if (merged.size() < EmployeeData.MAX_EDUCATION) {
                merged.add(e);
            } else {
                rejected.add(row.reject(PENDIDIKAN, "the record already has " + EmployeeData.MAX_EDUCATION + " education entries, the most it keeps"));
            }
        }
        return merged;
    }

    /** A registry level text as Merit's level. @throws IllegalArgumentException naming {@code field} when it names none */
    static EducationLevel level(String field, String text) {
        return EducationLevel.fromRegistry(text).orElseThrow(() -> new IllegalArgumentException(field + " '" + text + "' names no known level"));
    }

    /** Where the entry of that (level, year) is, or -1. */
    static int indexOf(List<EmployeeData.EducationItem> list, EducationLevel level, int year) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).level() == level && list.get(i).year() == year) {
                return i;
            }
        }
        return -1;
    }
}
