package id.merit.feedback.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Decides whether a rater group's aggregate may leave the service. Named groups (SELF, SUPERVISOR) show from one
 * response; anonymous groups need at least k responses, where k is configured per group but never below 3.
 */
public final class AnonymityGate {
    public static final int FLOOR = 3;

    private final Map<RaterGroup, Integer> k = new EnumMap<>(RaterGroup.class);

    /** @param configured k per anonymous group; missing groups use {@code defaultK} */
    public AnonymityGate(int defaultK, Map<RaterGroup, Integer> configured) {
        for (RaterGroup g : RaterGroup.values()) {
            int wanted = configured.getOrDefault(g, defaultK);
            k.put(g, g.named() ? 1 : Math.max(FLOOR, wanted));
        }
    }

    public int threshold(RaterGroup group) {
        return k.get(group);
    }

    public boolean shows(RaterGroup group, long responses) {
        return responses > 0 && responses >= threshold(group);
    }
}
