package id.merit.feedback.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitCodeTests {
    private final VisitCode codes = new VisitCode(new Hmac("a-test-secret-of-enough-length"), new SecureRandom());

    @Test
    void anIssuedCodeIsSixteenCharactersAndVerifiesToItsId() {
        String code = codes.issue();
        assertEquals(16, code.length());
        assertEquals(code.substring(0, 8), codes.verify(code).orElseThrow());
    }

    @Test
    void codesAreNotRepeated() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(codes.issue()));
        }
    }

    @Test
    void aCodeTypedInGroupsLowerCaseOrWithLookAlikesIsRead() {
        String code = codes.issue();
        String typed = VisitCode.display(code).toLowerCase().replace('0', 'o').replace('1', 'l');
        assertEquals(code.substring(0, 8), codes.verify(typed).orElseThrow());
    }

    @Test
    void aForgedSignatureIsRefused() {
        String code = codes.issue();
        char last = code.charAt(15);
        String forged = code.substring(0, 15) + (last == 'A' ? 'B' : 'A');
        assertTrue(codes.verify(forged).isEmpty());
    }

    @Test
    void aCodeSignedWithAnotherSecretIsRefused() {
        String other = new VisitCode(new Hmac("another-secret-of-enough-length"), new SecureRandom()).issue();
        assertTrue(codes.verify(other).isEmpty());
    }

    @Test
    void malformedInputIsRefused() {
        assertTrue(codes.verify(null).isEmpty());
        assertTrue(codes.verify("").isEmpty());
        assertTrue(codes.verify("<script>alert(1)</script>").isEmpty());
        assertTrue(codes.verify("A".repeat(15)).isEmpty());
        assertTrue(codes.verify("A".repeat(5000)).isEmpty());
    }

    @Test
    void keyedHashesDependOnTheSecret() {
        String a = new Hmac("pepper-one-of-enough-length").hashHex("203.0.113.7");
        assertEquals(a, new Hmac("pepper-one-of-enough-length").hashHex("203.0.113.7"));
        assertNotEquals(a, new Hmac("pepper-two-of-enough-length").hashHex("203.0.113.7"));
        assertTrue(!a.contains("203"));
    }
}
