package id.merit.placement.domain;

import java.util.List;
import java.util.Optional;

/** The talent 9-box of PermenPANRB 3/2020 (DESIGN §3): performance × potential → box 1..9 and its recommendation. */
public final class TalentBox {
    private TalentBox() {
    }

    public enum Performance { BELOW, MEETS, ABOVE }

    public enum Potential { LOW, MEDIUM, HIGH }

    /** Rows: potential LOW, MEDIUM, HIGH; columns: performance BELOW, MEETS, ABOVE. */
    private static final int[][] BOX = {
            {1, 2, 4},
            {3, 5, 7},
            {6, 8, 9},
    };

    private static final List<List<String>> RECOMMENDATIONS = List.of(
            List.of("HANDLED_PER_REGULATION"),
            List.of("COACHING", "DEVELOPMENT", "FITTING_PLACEMENT"),
            List.of("COACHING", "COUNSELLING", "DEVELOPMENT", "FITTING_PLACEMENT"),
            List.of("ROTATION", "DEVELOPMENT"),
            List.of("FITTING_PLACEMENT", "COACHING", "DEVELOPMENT"),
            List.of("FITTING_PLACEMENT", "COACHING", "COUNSELLING"),
            List.of("RETAIN", "ROTATE_ENRICH", "COMPETENCY_DEVELOPMENT"),
            List.of("RETAIN", "ROTATE_ENLARGE", "COACHING"),
            List.of("PROMOTE", "RETAIN"));

    public static final int TALENT_POOL_MIN_BOX = 7;

    public record Classification(Performance performance, Potential potential, int box, List<String> recommendation,
                                 boolean talentPool) {
    }

    public static int box(Performance performance, Potential potential) {
        return BOX[potential.ordinal()][performance.ordinal()];
    }

    public static List<String> recommendation(int box) {
        return RECOMMENDATIONS.get(box - 1);
    }

    public static Classification classify(Performance performance, Potential potential) {
        int b = box(performance, potential);
        return new Classification(performance, potential, b, recommendation(b), b >= TALENT_POOL_MIN_BOX);
    }

    /** Sangat Baik is above expectation, Baik meets it, everything else is below. */
    public static Performance performanceOf(Predikat p) {
        return switch (p) {
            case SANGAT_BAIK -> Performance.ABOVE;
            case BAIK -> Performance.MEETS;
            case BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG -> Performance.BELOW;
        };
    }

    /** @param mediumFrom lowest score that is MEDIUM; @param highFrom lowest score that is HIGH (configuration) */
    public static Potential potentialOf(double score, double mediumFrom, double highFrom) {
        if (score >= highFrom) {
            return Potential.HIGH;
        }
        return score >= mediumFrom ? Potential.MEDIUM : Potential.LOW;
    }

    /** Empty when the person has no predikat or no potential score yet. */
    public static Optional<Classification> of(Predikat latest, Double potentialScore, double mediumFrom, double highFrom) {
        if (latest == null || potentialScore == null) {
            return Optional.empty();
        }
        return Optional.of(classify(performanceOf(latest), potentialOf(potentialScore, mediumFrom, highFrom)));
    }
}
