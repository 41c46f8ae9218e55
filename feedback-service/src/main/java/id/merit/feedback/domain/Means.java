package id.merit.feedback.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Mean per BerAKHLAK value over a group's responses, two decimals; null for a value nobody in the group rated. */
public final class Means {
    private Means() {
    }

    public static Map<BerAkhlak, BigDecimal> of(Collection<Map<BerAkhlak, Integer>> responses) {
        Map<BerAkhlak, BigDecimal> means = new EnumMap<>(BerAkhlak.class);
        for (BerAkhlak v : BerAkhlak.values()) {
            long sum = 0;
            int n = 0;
            for (Map<BerAkhlak, Integer> r : responses) {
                Integer s = r.get(v);
                if (s != null) {
                    sum += s;
                    n++;
                }
            }
            means.put(v, n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
        }
        return means;
    }
}
