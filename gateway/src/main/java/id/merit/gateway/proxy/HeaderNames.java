package id.merit.gateway.proxy;

import io.netty.util.AsciiString;

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

    /**
     * Whether a Connection header (null when absent) lists this name, which makes it hop-by-hop too. Read in place:
     * many clients and upstreams send "Connection: keep-alive" on every message, so nothing is built from it.
     */
    static boolean listed(String connection, String name) {
        if (connection == null) {
            return false;
        }
        int from = 0;
        while (from <= connection.length()) {
            int comma = connection.indexOf(',', from);
            int end = comma < 0 ? connection.length() : comma;
            int start = from;
            while (start < end && Character.isWhitespace(connection.charAt(start))) {
                start++;
            }
            int stop = end;
            while (stop > start && Character.isWhitespace(connection.charAt(stop - 1))) {
                stop--;
            }
            if (stop - start == name.length() && connection.regionMatches(true, start, name, 0, name.length())) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }
}
