package id.merit.placement.domain;

/**
 * Relative weights of the score components; they are normalised to sum 1, so "2,1,1,1,1" and
 * "0.333,0.167,..." mean the same thing.
 */
public record Weights(double jpm, double education, double experience, double predikat, double talent) {
    public Weights {
        if (jpm < 0 || education < 0 || experience < 0 || predikat < 0 || talent < 0) {
            throw new IllegalArgumentException("weights must not be negative");
        }
        if (jpm + education + experience + predikat + talent <= 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    public Weights normalised() {
        double sum = jpm + education + experience + predikat + talent;
        return new Weights(jpm / sum, education / sum, experience / sum, predikat / sum, talent / sum);
    }
}
