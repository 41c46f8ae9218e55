package id.merit.feedback.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a rater group's aggregate may leave the service. Named groups (SELF, SUPERVISOR) show from one
 * response; anonymous groups need at least k responses, where k is configured per group but never below 3. Each
 * group is counted on its own: two students and two parents are not four responses of anything.
 */
public final class AnonymityGate {
    public static final int FLOOR = 3;
    /** The one public group before CITIZEN, STUDENT and PARENT were told apart; still read from old configuration. */
    static final String LEGACY_PUBLIC = "PUBLIC";

    private final Map<RaterGroup, Integer> k = new EnumMap<>(RaterGroup.class);

    /** @param configured k per anonymous group; missing groups use {@code defaultK} */
    public AnonymityGate(int defaultK, Map<RaterGroup, Integer> configured) {
        for (RaterGroup g : RaterGroup.values()) {
            int wanted = configured.getOrDefault(g, defaultK);
            k.put(g, g.named() ? 1 : Math.max(FLOOR, wanted));
        }
    }

    /**
     * The gate from configuration keys (merit.feedback.anonymity.k.&lt;GROUP&gt;, any case). A k set for PUBLIC, the
     * old single public group, still applies to CITIZEN, STUDENT and PARENT where they have no k of their own, so
     * an upgrade never lowers a threshold someone raised. An unknown group is refused, not ignored: a typo must not
     * leave a group at a lower k than intended.
     */
    public static AnonymityGate configured(int defaultK, Map<String, Integer> byName) {
        Map<RaterGroup, Integer> groups = new EnumMap<>(RaterGroup.class);
        Integer legacy = null;
        for (Map.Entry<String, Integer> e : byName.entrySet()) {
            String name = e.getKey().toUpperCase(Locale.ROOT);
            if (name.equals(LEGACY_PUBLIC)) {
                legacy = e.getValue();
                continue;
            }
            try {
                groups.put(RaterGroup.valueOf(name), e.getValue());
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("merit.feedback.anonymity.k." + e.getKey() + ": no such rater group; one of "
                        + Arrays.toString(RaterGroup.values()));
            }
        }
        if (legacy != null) {
            for (RaterGroup g : RaterGroup.PUBLIC_GROUPS) {
                groups.putIfAbsent(g, legacy);
            }
        }
        return new AnonymityGate(defaultK, groups);
    }

    public int threshold(RaterGroup group) {
        return k.get(group);
    }

    public boolean shows(RaterGroup group, long responses) {
        return responses > 0 && responses >= threshold(group);
    }
}
