package id.merit.net;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTests {
    private final ClientAddress view = new ClientAddress(List.of("10.0.0.0/8", "127.0.0.1"));

    @Test
    void aDirectClientIsItsPeerAndItsForwardedForIsIgnored() {
        assertEquals(List.of("203.0.113.9"), view.chain("203.0.113.9", "1.2.3.4"));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheFirstUntrustedHopFromTheRight() {
        assertEquals(List.of("198.51.100.7", "10.1.2.3", "127.0.0.1"),
                view.chain("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3"));
    }

    @Test
    void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
        assertEquals(List.of("10.9.9.9", "127.0.0.1"), view.chain("127.0.0.1", "10.9.9.9"));
    }

    @Test
    void garbageInForwardedForEndsTheWalk() {
        assertEquals(List.of("10.1.1.1", "127.0.0.1"), view.chain("127.0.0.1", "evil.example, 10.1.1.1"));
    }

    @Test
    void aClientsOwnForwardedForBeforeTheHopOurProxyAppendedIsNeverBelieved() {
        // The client sent "1.2.3.4" itself; the proxy (a pod of 10.0.0.0/8) appended the address it saw.
        assertEquals("203.0.113.7", view.chain("10.0.0.2", "1.2.3.4, 203.0.113.7").get(0));
    }

    @Test
    void aTrustedProxyWithoutForwardedForIsItselfTheClient() {
        assertEquals(List.of("10.0.0.2"), view.chain("10.0.0.2", null));
    }

    @Test
    void anIpv6PeerInATrustedBlockIsBelieved() {
        ClientAddress v6 = new ClientAddress(List.of("fd00::/8"));
        assertEquals("2001:db8::1", v6.chain("fd12:3456::9", "2001:db8::1").get(0));
        assertEquals("fe80::1", v6.chain("fe80::1", "2001:db8::1").get(0));
    }

    @Test
    void cidrBlocksMatchByPrefixOnly() {
        assertEquals(true, view.isTrusted("10.255.0.1"));
        assertEquals(false, view.isTrusted("11.0.0.1"));
        assertEquals(false, new ClientAddress(List.of("192.168.4.0/22")).isTrusted("192.168.8.1"));
        assertEquals(true, new ClientAddress(List.of("192.168.4.0/22")).isTrusted("192.168.7.254"));
    }
}
