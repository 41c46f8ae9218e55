package id.merit.appraisal.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.merit.appraisal.domain.Predikat.BAIK;
import static id.merit.appraisal.domain.Predikat.BUTUH_PERBAIKAN;
import static id.merit.appraisal.domain.Predikat.KURANG;
import static id.merit.appraisal.domain.Predikat.SANGAT_BAIK;
import static id.merit.appraisal.domain.Predikat.SANGAT_KURANG;

/**
 * The distribution curve (SE MenPANRB 3/2023): the unit's own result bounds the share of each predikat among
 * its employees. Percentages are compared exactly in integers (count × 100 against percent × total), so 70 %
 * passes an "at most 70 %" rule and 70.1 % does not.
 */
public final class DistributionCurve {

    public enum Bound { AT_MOST, AT_LEAST }

    /** One rule: the share of {@code predikats} together must be at most / at least {@code percent} (or a count). */
    public record Rule(String code, Set<Predikat> predikats, Bound bound, int percent, Integer minCount, String text) {
        static Rule share(String code, Bound bound, int percent, String text, Predikat first, Predikat... rest) {
            return new Rule(code, EnumSet.of(first, rest), bound, percent, null, text);
        }

        static Rule atLeastOne(String code, String text, Predikat first, Predikat... rest) {
            return new Rule(code, EnumSet.of(first, rest), Bound.AT_LEAST, 0, 1, text);
        }

        boolean holds(int count, int total) {
            if (minCount != null) {
                return count >= minCount;
            }
            return bound == Bound.AT_MOST ? count * 100L <= (long) percent * total : count * 100L >= (long) percent * total;
        }
    }

    public record Violation(String rule, String text, int count, int total) {
    }

    private static final Map<UnitResult, List<Rule>> RULES = new EnumMap<>(UnitResult.class);

    static {
        RULES.put(UnitResult.ISTIMEWA, List.of(
                Rule.share("ISTIMEWA_MAX_70_SANGAT_BAIK", Bound.AT_MOST, 70, "at most 70 % Sangat Baik", SANGAT_BAIK)));
        RULES.put(UnitResult.BAIK, List.of(
                Rule.share("BAIK_MAX_70_BAIK", Bound.AT_MOST, 70, "at most 70 % Baik", BAIK),
                Rule.atLeastOne("BAIK_MIN_1_BUTUH_PERBAIKAN_OR_KURANG", "at least one Butuh Perbaikan or Kurang",
                        BUTUH_PERBAIKAN, KURANG)));
        RULES.put(UnitResult.BUTUH_PERBAIKAN, List.of(
                Rule.share("BUTUH_PERBAIKAN_MIN_60_BUTUH_PERBAIKAN", Bound.AT_LEAST, 60, "at least 60 % Butuh Perbaikan", BUTUH_PERBAIKAN),
                Rule.share("BUTUH_PERBAIKAN_MAX_10_SANGAT_BAIK", Bound.AT_MOST, 10, "at most 10 % Sangat Baik", SANGAT_BAIK)));
        RULES.put(UnitResult.KURANG, List.of(
                Rule.share("KURANG_MIN_60_KURANG", Bound.AT_LEAST, 60, "at least 60 % Kurang", KURANG),
                Rule.share("KURANG_MIN_10_BUTUH_PERBAIKAN", Bound.AT_LEAST, 10, "at least 10 % Butuh Perbaikan", BUTUH_PERBAIKAN),
                Rule.share("KURANG_MAX_10_SANGAT_BAIK", Bound.AT_MOST, 10, "at most 10 % Sangat Baik", SANGAT_BAIK)));
        RULES.put(UnitResult.SANGAT_KURANG, List.of(
                Rule.share("SANGAT_KURANG_MIN_60_SANGAT_KURANG", Bound.AT_LEAST, 60, "at least 60 % Sangat Kurang", SANGAT_KURANG),
                Rule.share("SANGAT_KURANG_MIN_10_KURANG_OR_BUTUH_PERBAIKAN", Bound.AT_LEAST, 10,
                        "at least 10 % Kurang or Butuh Perbaikan", KURANG, BUTUH_PERBAIKAN),
                Rule.share("SANGAT_KURANG_NO_SANGAT_BAIK", Bound.AT_MOST, 0, "no Sangat Baik", SANGAT_BAIK)));
    }

    private DistributionCurve() {
    }

    public static List<Rule> rules(UnitResult result) {
        return RULES.get(result);
    }

    /** Every rule of the unit's result that the employees' predikat counts break (empty when the curve holds). */
    public static List<Violation> check(UnitResult result, Map<Predikat, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : RULES.get(result)) {
            int count = rule.predikats().stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
            if (!rule.holds(count, total)) {
                violations.add(new Violation(rule.code(), rule.text(), count, total));
            }
        }
        return violations;
    }
}
