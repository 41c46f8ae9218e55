package id.merit.placement.domain;

import java.util.List;
import java.util.Optional;

/**
 * Golongan codes and their order within a scheme: PNS I/a (1) ... IV/e (17), PPPK I (1) ... XVII (17).
 * Ranks of the two schemes are not comparable, so a minimum in one scheme is never met by the other.
 */
public record Golongan(Scheme scheme, int rank, String code) {
    public enum Scheme { PNS, PPPK }

    static final List<String> PNS = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
            "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");
    static final List<String> PPPK = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");

    public static Optional<Golongan> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim();
        int i = PNS.indexOf(c);
        if (i >= 0) {
            return Optional.of(new Golongan(Scheme.PNS, i + 1, c));
        }
        i = PPPK.indexOf(c);
        return i >= 0 ? Optional.of(new Golongan(Scheme.PPPK, i + 1, c)) : Optional.empty();
    }

    public boolean atLeast(Golongan min) {
        return scheme == min.scheme && rank >= min.rank;
    }
}
