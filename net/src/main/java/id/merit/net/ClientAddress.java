package id.merit.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The trusted view of who the client is. X-Forwarded-For is read right to left and believed only while each hop
 * that appended to it is one of our trusted proxies; the first untrusted address is the client. Anything left of
 * it could have been written by the client itself, so it is dropped.
 */
public final class ClientAddress {
    private final List<Cidr> trusted;

    public ClientAddress(List<String> trustedProxies) {
        List<Cidr> list = new ArrayList<>();
        for (String p : trustedProxies) {
            if (!p.isBlank()) {
                list.add(Cidr.parse(p.trim()));
            }
        }
        this.trusted = List.copyOf(list);
    }

    /** The chain from the client to the peer that connected to us, client first; never empty. */
    public List<String> chain(String peer, String xForwardedFor) {
        List<String> chain = new ArrayList<>();
        chain.add(peer);
        if (xForwardedFor == null || !isTrusted(peer)) {
            return chain;
        }
        String[] hops = xForwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (hop.isEmpty() || !Cidr.isLiteral(hop)) {
                break;
            }
            chain.add(0, hop);
            if (!isTrusted(hop)) {
                break;
            }
        }
        return chain;
    }

    public boolean isTrusted(String address) {
        if (trusted.isEmpty() || !Cidr.isLiteral(address)) {
            return false;
        }
        byte[] bytes = Cidr.bytes(address);
        for (Cidr c : trusted) {
            if (c.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    record Cidr(byte[] network, int bits) {
        static Cidr parse(String spec) {
            int slash = spec.indexOf('/');
            String host = slash < 0 ? spec : spec.substring(0, slash);
            if (!isLiteral(host)) {
                throw new IllegalArgumentException("trusted proxy must be an IP address or CIDR block: " + spec);
            }
            byte[] network = bytes(host);
            int bits = slash < 0 ? network.length * 8 : Integer.parseInt(spec.substring(slash + 1));
            return new Cidr(network, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }

        /** Only literal addresses: a host name here must never trigger a DNS lookup on the event loop. */
        static boolean isLiteral(String s) {
            if (s.indexOf(':') >= 0) {
                return s.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 || ch == ':' || ch == '.');
            }
            String[] parts = s.split("\\.", -1);
            if (parts.length != 4) {
                return false;
            }
            for (String p : parts) {
                if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                    return false;
                }
            }
            return true;
        }

        static byte[] bytes(String literal) {
            try {
                return InetAddress.getByName(literal).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address: " + literal, e);
            }
        }
    }
}
