package id.merit.gateway.proxy;

import io.netty.util.AsciiString;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
        String connection = " X-Client-Hop ,close,, Keep-Alive";
        assertTrue(HeaderNames.listed(connection, "x-client-hop"));
        assertTrue(HeaderNames.listed(connection, "Close"));
        assertTrue(HeaderNames.listed(connection, "keep-alive"));
        assertFalse(HeaderNames.listed(connection, "x-client"));
        assertFalse(HeaderNames.listed(null, "x-client-hop"));
        assertFalse(HeaderNames.listed("  ", "x-client-hop"));
    }
}
