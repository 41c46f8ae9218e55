package id.merit.feedback.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** HMAC-SHA256 with a secret from configuration: visit-token signatures and keyed hashes of client addresses. */
public final class Hmac {
    private final SecretKeySpec key;

    public Hmac(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("an HMAC secret needs at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public byte[] sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A keyed hash that identifies the same address again without storing it (DESIGN §3 public feedback abuse). */
    public String hashHex(String message) {
        return HexFormat.of().formatHex(sign(message));
    }
}
