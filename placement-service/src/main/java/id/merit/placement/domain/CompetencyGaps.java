package id.merit.placement.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Competency gaps against a position's standard (DESIGN §3, issue 10): gap = max(0, required − attained), a
 * competency never assessed counts as level 0. "Closing" raises attained levels, never lowers them, so the JPM
 * after closing is the same {@link JobPersonMatch} formula on the raised levels.
 */
public final class CompetencyGaps {
    private CompetencyGaps() {
    }

    public static final int MAX_LEVEL = 5;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");
    private static final int MAX_CLOSE_ENTRIES = 50;

    public record Gap(String code, int required, int attained, int gap) {
    }

    public static List<Gap> of(List<JobPersonMatch.Requirement> standard, Map<String, Integer> attained) {
        List<Gap> out = new ArrayList<>(standard.size());
        for (JobPersonMatch.Requirement r : standard) {
            int has = attained.getOrDefault(r.code(), 0);
            out.add(new Gap(r.code(), r.requiredLevel(), has, Math.max(0, r.requiredLevel() - has)));
        }
        return out;
    }

    public static int total(List<Gap> gaps) {
        return gaps.stream().mapToInt(Gap::gap).sum();
    }

    /** Attained levels after raising each competency in {@code close} to its level (a lower target changes nothing). */
    public static Map<String, Integer> raised(Map<String, Integer> attained, Map<String, Integer> close) {
        Map<String, Integer> out = new HashMap<>(attained);
        close.forEach((code, level) -> out.merge(code, level, Math::max));
        return out;
    }

    /** The close-set that closes every gap of a standard: each short competency raised to its required level. */
    public static Map<String, Integer> closingAll(List<JobPersonMatch.Requirement> standard, Map<String, Integer> attained) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Gap g : of(standard, attained)) {
            if (g.gap() > 0) {
                out.put(g.code(), g.required());
            }
        }
        return out;
    }

    /**
     * Parses {@code CODE:level,CODE:level}; codes UPPER_SNAKE, levels 1..5, each code once, at most 50 entries.
     * @throws IllegalArgumentException with a message fit for the caller
     */
    public static Map<String, Integer> parseClose(String spec) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        String[] parts = spec.split(",", -1);
        if (parts.length > MAX_CLOSE_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_CLOSE_ENTRIES + " competencies");
        }
        for (String part : parts) {
            String[] kv = part.trim().split(":", -1);
            if (kv.length != 2 || !CODE.matcher(kv[0]).matches()) {
                throw new IllegalArgumentException("'" + part + "' is not CODE:level (e.g. INTEGRITAS:3)");
            }
            int level;
            try {
                level = Integer.parseInt(kv[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' has no whole-number level");
            }
            if (level < 1 || level > MAX_LEVEL) {
                throw new IllegalArgumentException("level of " + kv[0] + " must be 1-" + MAX_LEVEL);
            }
            if (out.put(kv[0], level) != null) {
                throw new IllegalArgumentException(kv[0] + " is given twice");
            }
        }
        return out;
    }
}
