package id.merit.employee.domain;

/** Sex as encoded in digit 15 of a NIP / NI PPPK: 1 male, 2 female. */
public enum Sex {
    MALE, FEMALE;

    public static Sex fromNipDigit(char d) {
        return switch (d) {
            case '1' -> MALE;
            case '2' -> FEMALE;
            default -> throw new IllegalArgumentException("sex digit (15th) must be 1 (male) or 2 (female), not " + d);
        };
    }
}
