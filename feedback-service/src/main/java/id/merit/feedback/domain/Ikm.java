package id.merit.feedback.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Indeks Kepuasan Masyarakat: NRR per element = mean of its scores; IKM = Σ(NRR × 1/9) × 25.
 * Kept exact (BigDecimal, 10 places) until the final rounding to two decimals, so grade bounds are not crossed by
 * floating-point noise.
 */
public record Ikm(int respondents, Map<SkmElement, BigDecimal> nrr, BigDecimal value, IkmGrade grade) {
    private static final int SCALE = 10;
    private static final BigDecimal NINE = BigDecimal.valueOf(SkmElement.values().length);
    private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);

    /** @param responses each maps every one of the nine elements to a score 1-4 */
    public static Ikm of(Collection<Map<SkmElement, Integer>> responses) {
        if (responses.isEmpty()) {
            throw new IllegalArgumentException("an IKM needs at least one response");
        }
        Map<SkmElement, BigDecimal> nrr = new EnumMap<>(SkmElement.class);
        BigDecimal weighted = BigDecimal.ZERO;
        for (SkmElement e : SkmElement.values()) {
            long sum = 0;
            for (Map<SkmElement, Integer> r : responses) {
                Integer s = r.get(e);
                if (!Score.valid(s)) {
                    throw new IllegalArgumentException("element " + e + " needs a score 1-4, got " + s);
                }
                sum += s;
            }
            BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(responses.size()), SCALE, RoundingMode.HALF_UP);
            nrr.put(e, mean.setScale(2, RoundingMode.HALF_UP));
            weighted = weighted.add(mean.divide(NINE, SCALE, RoundingMode.HALF_UP));
        }
        BigDecimal ikm = weighted.multiply(CONVERSION).setScale(2, RoundingMode.HALF_UP);
        return new Ikm(responses.size(), nrr, ikm, IkmGrade.of(ikm));
    }
}
