package id.merit.feedback.domain;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The short code of a one-time visit token: 8 random Crockford-base32 characters (40 bits, the token id) followed
 * by 8 characters of its HMAC (40 bits). A forged or mistyped code fails the signature check before any lookup,
 * and guessing a valid one means guessing both halves. Printed in groups of four; read back case-insensitively,
 * ignoring dashes and spaces, with O read as 0 and I/L as 1.
 */
public final class VisitCode {
    public static final int ID_LENGTH = 8;
    public static final int LENGTH = 16;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Hmac hmac;
    private final SecureRandom random;

    public VisitCode(Hmac hmac, SecureRandom random) {
        this.hmac = hmac;
        this.random = random;
    }

    public String issue() {
        byte[] id = new byte[5];
        random.nextBytes(id);
        String idPart = base32(id);
        return idPart + signature(idPart);
    }

    /** The token id when the code carries a valid signature; empty for anything forged or malformed. */
    public Optional<String> verify(String input) {
        String code = normalise(input);
        if (code == null) {
            return Optional.empty();
        }
        String id = code.substring(0, ID_LENGTH);
        byte[] expected = signature(id).getBytes();
        byte[] given = code.substring(ID_LENGTH).getBytes();
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    /** Canonical form (16 upper-case characters) or null when it cannot be a code at all. */
    public static String normalise(String input) {
        if (input == null || input.length() > 40) {
            return null;
        }
        StringBuilder sb = new StringBuilder(LENGTH);
        for (char c : input.toUpperCase().toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (new String(ALPHABET).indexOf(mapped) < 0) {
                return null;
            }
            sb.append(mapped);
        }
        return sb.length() == LENGTH ? sb.toString() : null;
    }

    /** XXXX-XXXX-XXXX-XXXX, for printing next to the QR code. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }

    private String signature(String id) {
        byte[] mac = hmac.sign("visit-token:" + id);
        byte[] first = new byte[5];
        System.arraycopy(mac, 0, first, 0, 5);
        return base32(first);
    }

    /** 5 bytes → 8 characters. */
    private static String base32(byte[] five) {
        long bits = 0;
        for (byte b : five) {
            bits = (bits << 8) | (b & 0xff);
        }
        char[] out = new char[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = ALPHABET[(int) (bits & 31)];
            bits >>>= 5;
        }
        return new String(out);
    }
}
