package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One employee's history reads (pns/rw-*), all made before anything is written. A null read was not made: that part of
 * the record is left as it is — an export-file import makes none, and a read the registry refused or could not answer
 * is named in {@code unread}.
 */
public record RegistryHistory(JsonNode diklat, JsonNode kursus, JsonNode skp22, JsonNode pendidikan, JsonNode kompetensi,
                              List<Rejection> unread) {

    /** A registry row that was not imported; {@code index} is its 1-based place in the read, 0 when the whole read failed. */
    public record Rejection(String source, int index, String registryId, String reason) {
        /** Names the row in a job's rejection list: rw-diklat/123, rw-skp22#4 (a row without id), rw-kursus (the read). */
        public String item() {
            return source + (registryId != null ? "/" + registryId : index > 0 ? "#" + index : "");
        }
    }

    /** A row of a read that mapped: its place and registry id (to name it later), and what it became. */
    public record Row<T>(int index, String registryId, T value) {
        public Rejection reject(String source, String reason) {
            return new Rejection(source, index, registryId, reason);
        }
    }

    /**
     * Maps each row of one read; a row {@code mapping} refuses (IllegalArgumentException) goes to {@code rejected} with
     * the reason, so one bad row never spoils the others.
     */
    public static <T> List<Row<T>> rows(String source, JsonNode list, Function<JsonNode, T> mapping, List<Rejection> rejected) {
        List<Row<T>> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode item : list) {
            index++;
            String id = idOf(item);
            try {
                rows.add(new Row<>(index, id, mapping.apply(item)));
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejection(source, index, id, e.getMessage()));
            }
        }
        return rows;
    }

    /** The registry's own id of a row, or null. */
    public static String idOf(JsonNode r) {
        return r != null && r.isObject() ? RegistryRecord.text(r, "id") : null;
    }

    /** @throws IllegalArgumentException "not an object" for anything but a JSON object (a row of a history read) */
    static JsonNode object(JsonNode r) {
        if (r == null || !r.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        return r;
    }
}
