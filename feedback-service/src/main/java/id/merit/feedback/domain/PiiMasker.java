package id.merit.feedback.domain;

import java.util.regex.Pattern;

/**
 * Masks obvious personal data in free text before a moderator or anyone else sees it: e-mail addresses,
 * 16-digit NIK (national identity numbers) and Indonesian phone numbers.
 */
public final class PiiMasker {
    public static final String EMAIL_MASK = "[email disamarkan]";
    public static final String NIK_MASK = "[NIK disamarkan]";
    public static final String PHONE_MASK = "[nomor telepon disamarkan]";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    // 16 digits, optionally grouped by spaces, dots or dashes, and not part of a longer number.
    private static final Pattern NIK = Pattern.compile("(?<![0-9])(?:[0-9][ .-]?){15}[0-9](?![0-9])");
    // +62 / 62 / 0 followed by 8-13 more digits, possibly grouped; catches mobiles (08xx) and landlines ((0536) ...).
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+62|62|\\(0|0)(?:[ .()-]{0,2}[0-9]){8,13}(?![0-9])");

    private PiiMasker() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        out = NIK.matcher(out).replaceAll(NIK_MASK);
        return PHONE.matcher(out).replaceAll(PHONE_MASK);
    }
}
