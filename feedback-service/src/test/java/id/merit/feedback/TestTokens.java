package id.merit.feedback;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** RS256 bearer tokens shaped like Keycloak's (realm roles, nip claim), signed with the test-only key. */
public final class TestTokens {
    private static final PrivateKey KEY = load();

    private TestTokens() {
    }

    public static String employee(String nip) {
        return token(nip, "employee", nip);
    }

    public static String hrAdmin() {
        return token("hr.admin", "hr-admin", null);
    }

    public static String token(String user, String role, String nip) {
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = b64(("{\"sub\":\"%s\",\"preferred_username\":\"%s\",\"iat\":%d,\"exp\":%d,"
                + "\"realm_access\":{\"roles\":[\"%s\"]}%s}")
                .formatted(user, user, now, now + 3600, role, nip == null ? "" : ",\"nip\":\"" + nip + "\""));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(KEY);
            s.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(s.sign());
        } catch (Exception e) {
            throw new AssertionError("cannot sign a test token", e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey load() {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("test-token-signing-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new AssertionError("cannot read the test signing key", e);
        }
    }
}
