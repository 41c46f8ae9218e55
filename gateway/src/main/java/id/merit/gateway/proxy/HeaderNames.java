package id.merit.gateway.proxy;

import io.netty.util.AsciiString;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of header names looked up ignoring ASCII case, without allocating: names are grouped by length, so most
 * headers are ruled out by one array access. Every header of every request and answer is checked against these sets;
 * a {@code TreeSet} ordered ignoring case compared whole names several times per lookup.
 */
final class HeaderNames {
    private static final String[] NONE = {};
    private final String[][] byLength;

    private HeaderNames(List<String> names) {
        int longest = names.stream().mapToInt(String::length).max().orElse(0);
        byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            String[] same = names.stream().filter(n -> n.length() == l).distinct().toArray(String[]::new);
            byLength[length] = same.length == 0 ? NONE : same;
        }
    }

    static HeaderNames of(String... names) {
        return new HeaderNames(List.of(names));
    }

    /** The names a Connection header lists (each hop-by-hop as well), or null when it lists none — the usual case. */
    static HeaderNames listedIn(String connection) {
        if (connection == null || connection.isBlank()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String n : connection.split(",")) {
            if (!n.isBlank()) {
                names.add(n.trim());
            }
        }
        return new HeaderNames(names);
    }

    boolean contains(CharSequence name) {
        int length = name.length();
        if (length >= byLength.length) {
            return false;
        }
        for (String candidate : byLength[length]) {
            if (AsciiString.contentEqualsIgnoreCase(candidate, name)) {
                return true;
            }
        }
        return false;
    }
}
