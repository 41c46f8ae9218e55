package id.merit.gateway.proxy;

import io.netty.util.AsciiString;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderNamesTests {
    private final HeaderNames hop = HeaderNames.of("connection", "keep-alive", "te", "transfer-encoding", "upgrade");

    @Test
    void namesMatchIgnoringCaseWhateverTheirType() {
        assertTrue(hop.contains("Connection"));
        assertTrue(hop.contains("KEEP-ALIVE"));
        assertTrue(hop.contains("Te"));
        assertTrue(hop.contains("transfer-encoding"));
        assertTrue(hop.contains(AsciiString.of("Upgrade")));
    }

    @Test
    void onlyWholeNamesMatch() {
        assertFalse(hop.contains("t"), "shorter");
        assertFalse(hop.contains("tes"), "longer, same start");
        assertFalse(hop.contains("connexion"), "same length, another name");
        assertFalse(hop.contains("user-agent"), "same length as connection and keep-alive");
        assertFalse(hop.contains("transfer-encoding-x"), "longer than any");
        assertFalse(hop.contains(""));
    }

    @Test
    void aConnectionHeaderListsNamesBesideTheFixedOnes() {
        HeaderNames listed = HeaderNames.listedIn(" X-Client-Hop ,close,, Keep-Alive");
        assertTrue(listed.contains("x-client-hop"));
        assertTrue(listed.contains("Close"));
        assertTrue(listed.contains("keep-alive"));
        assertFalse(listed.contains("x-client"));
        assertNull(HeaderNames.listedIn(null));
        assertNull(HeaderNames.listedIn("  "));
    }
}
