package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A registry export file: CSV with a header row of data-utama field names, or a JSON array of data-utama objects.
 * Each row becomes one record; a row's own problems are found later, row by row, so one bad row rejects only itself.
 */
public final class RegistryFile {
    private RegistryFile() {
    }

    /** @throws IllegalArgumentException when the file as a whole cannot be read (no header, unbalanced quotes) */
    public static List<JsonNode> csv(String text) {
        List<List<String>> rows = parseCsv(text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the file is empty; the first line must name the columns (nipBaru, nama, ...)");
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim().replace("\uFEFF", "")).toList();
        if (!header.contains("nipBaru")) {
            throw new IllegalArgumentException("the header line has no nipBaru column");
        }
        List<JsonNode> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < header.size(); i++) {
                n.put(header.get(i), i < row.size() ? row.get(i) : null);
            }
            if (row.size() != header.size()) {
                n.put("_columns", row.size());
            }
            records.add(n);
        }
        return records;
    }

    /** @throws IllegalArgumentException when the body is not a JSON array */
    public static List<JsonNode> json(String text, ObjectMapper mapper) throws IOException {
        JsonNode root = mapper.readTree(text);
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("a JSON import is an array of data-utama objects");
        }
        List<JsonNode> records = new ArrayList<>();
        root.forEach(records::add);
        return records;
    }

    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted value is not closed");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
