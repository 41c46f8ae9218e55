package id.merit.e2e;

import java.time.LocalDate;

/**
 * Valid NIPs (DESIGN §3): YYYYMMDD birth date, YYYYMM TMT CPNS, sex digit (1 male, 2 female), 3-digit serial.
 * Deterministic from a number, so a generator run twice produces the same people.
 */
public final class Nips {
    private Nips() {
    }

    public record Person(String nip, LocalDate birthDate, String sex) {
    }

    /**
     * The n-th person of a series: birth 1965..1999, TMT between age 22 and 30 (never after 2024), sex alternating
     * unless forced, serial keeping the NIP unique within a series {@code series} (0..9).
     */
    public static Person person(int series, int n, Boolean female) {
        int year = 1965 + Math.floorMod(n * 7 + series, 35);
        int month = 1 + Math.floorMod(n * 5 + series, 12);
        int day = 1 + Math.floorMod(n * 11 + series * 3, 28);
        LocalDate birth = LocalDate.of(year, month, day);
        int tmtYear = Math.min(2024, year + 22 + Math.floorMod(n, 9));
        int tmtMonth = 1 + Math.floorMod(n * 3, 12);
        boolean isFemale = female != null ? female : n % 2 == 1;
        // The serial holds the series and n (0..9999 per series) so no two people of one run share a NIP.
        int serial = Math.floorMod(n, 1000);
        String nip = String.format("%04d%02d%02d%04d%02d%d%03d", year, month, day, tmtYear, tmtMonth, isFemale ? 2 : 1, serial);
        return new Person(nip, birth, isFemale ? "FEMALE" : "MALE");
    }

    public static Person parse(String nip) {
        LocalDate birth = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                Integer.parseInt(nip.substring(6, 8)));
        return new Person(nip, birth, nip.charAt(14) == '2' ? "FEMALE" : "MALE");
    }

    /** A NIP from its parts (birth date, TMT CPNS year and month, sex, serial 1-999). */
    public static Person of(LocalDate birth, int tmtYear, int tmtMonth, boolean female, int serial) {
        String nip = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                tmtYear, tmtMonth, female ? 2 : 1, serial);
        return new Person(nip, birth, female ? "FEMALE" : "MALE");
    }
}
