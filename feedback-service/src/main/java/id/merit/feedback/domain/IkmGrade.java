package id.merit.feedback.domain;

import java.math.BigDecimal;

/**
 * Service quality grade from the IKM (PermenPANRB 14/2017). The bounds are inclusive on the IKM rounded to two
 * decimals, so every value 25.00-100.00 falls in exactly one grade.
 */
public enum IkmGrade {
    A("Sangat Baik", "88.31", "100.00"),
    B("Baik", "76.61", "88.30"),
    C("Kurang Baik", "65.00", "76.60"),
    D("Tidak Baik", "25.00", "64.99");

    private final String label;
    private final BigDecimal low;
    private final BigDecimal high;

    IkmGrade(String label, String low, String high) {
        this.label = label;
        this.low = new BigDecimal(low);
        this.high = new BigDecimal(high);
    }

    public String label() {
        return label;
    }

    /** @param ikm already rounded to two decimals */
    public static IkmGrade of(BigDecimal ikm) {
        for (IkmGrade g : values()) {
            if (ikm.compareTo(g.low) >= 0 && ikm.compareTo(g.high) <= 0) {
                return g;
            }
        }
        throw new IllegalArgumentException("IKM " + ikm + " is outside 25.00-100.00");
    }
}
