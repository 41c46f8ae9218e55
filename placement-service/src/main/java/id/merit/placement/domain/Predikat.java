package id.merit.placement.domain;

/** The official annual predikat, best first, with the value the score gives it (0-100). */
public enum Predikat {
    SANGAT_BAIK(100), BAIK(75), BUTUH_PERBAIKAN(50), KURANG(25), SANGAT_KURANG(0);

    private final int scoreValue;

    Predikat(int scoreValue) {
        this.scoreValue = scoreValue;
    }

    public int scoreValue() {
        return scoreValue;
    }

    public boolean atLeast(Predikat min) {
        return ordinal() <= min.ordinal();
    }
}
