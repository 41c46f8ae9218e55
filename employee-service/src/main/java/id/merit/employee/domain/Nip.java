package id.merit.employee.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * A parsed 18-digit NIP (PNS: YYYYMMDD birth, YYYYMM TMT CPNS, S sex, NNN serial) or NI PPPK (YYYYMMDD birth,
 * YYYY year appointed, 2 marker, F contract count, S sex, NNN serial). Digits 13-14 tell them apart: a month
 * 01-12 is a PNS, "2x" a PPPK.
 *
 * @param tmt PNS: first day of the TMT CPNS month; PPPK: 1 January of the year appointed (only the year is encoded)
 */
public record Nip(String value, EmploymentType type, LocalDate birthDate, LocalDate tmt, Integer contractCount, Sex sex,
                  String serial) {
    public static final int MIN_AGE_AT_TMT = 18;
    public static final int MAX_AGE_AT_TMT = 70;

    /** Parses and validates; the exception message is the reason, fit to show to a client. */
    public static Nip parse(String raw) {
        if (raw == null || raw.length() != 18) {
            throw new IllegalArgumentException("must be 18 digits, got " + (raw == null ? "nothing" : raw.length() + " characters"));
        }
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                throw new IllegalArgumentException("must contain digits only (position " + (i + 1) + " is '" + raw.charAt(i) + "')");
            }
        }
        LocalDate birth = date(raw.substring(0, 4), raw.substring(4, 6), raw.substring(6, 8), "birth date (digits 1-8)");
        char marker = raw.charAt(12);
        Sex sex = Sex.fromNipDigit(raw.charAt(14));
        String serial = raw.substring(15);
        if (marker == '0' || marker == '1') {
            int month = Integer.parseInt(raw.substring(12, 14));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("TMT CPNS month (digits 13-14) must be 01-12 for a PNS, or 2x for a PPPK, not "
                        + raw.substring(12, 14));
            }
            LocalDate tmt = YearMonth.of(Integer.parseInt(raw.substring(8, 12)), month).atDay(1);
            checkAge(birth, tmt, Period.between(birth, tmt).getYears(), "TMT CPNS");
            return new Nip(raw, EmploymentType.PNS, birth, tmt, null, sex, serial);
        }
        if (marker == '2') {
            int contracts = raw.charAt(13) - '0';
            if (contracts < 1) {
                throw new IllegalArgumentException("PPPK contract count (digit 14) must be 1-9");
            }
            int year = Integer.parseInt(raw.substring(8, 12));
            // Only the year is encoded, so the age is checked in whole calendar years.
            checkAge(birth, LocalDate.of(year, 1, 1), year - birth.getYear(), "year appointed");
            return new Nip(raw, EmploymentType.PPPK, birth, LocalDate.of(year, 1, 1), contracts, sex, serial);
        }
        throw new IllegalArgumentException("digits 13-14 must be a TMT month 01-12 (PNS) or 2x (PPPK), not " + raw.substring(12, 14));
    }

    /** Null when valid, else the reason. */
    public static String problemWith(String raw) {
        try {
            parse(raw);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Refuses a record whose birth date or sex contradicts what its NIP encodes. */
    public void checkAgrees(LocalDate recordBirthDate, Sex recordSex) {
        if (recordBirthDate != null && !recordBirthDate.equals(birthDate)) {
            throw new IllegalArgumentException("birth date " + recordBirthDate + " does not match the NIP, which encodes " + birthDate);
        }
        if (recordSex != null && recordSex != sex) {
            throw new IllegalArgumentException("sex " + recordSex + " does not match the NIP, which encodes " + sex);
        }
    }

    private static void checkAge(LocalDate birth, LocalDate tmt, int age, String what) {
        if (age < MIN_AGE_AT_TMT || age > MAX_AGE_AT_TMT) {
            throw new IllegalArgumentException("age at " + what + " (" + tmt.getYear() + ") would be " + age
                    + "; it must be " + MIN_AGE_AT_TMT + "-" + MAX_AGE_AT_TMT + " (birth " + birth + ")");
        }
    }

    private static LocalDate date(String y, String m, String d, String what) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(what + " " + y + "-" + m + "-" + d + " is not a real date");
        }
    }
}
