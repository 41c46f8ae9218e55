package id.merit.feedback.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The caller's address as the trusted proxy saw it. X-Forwarded-For is read from the right: each hop appended by a
 * trusted proxy is believed, and the first address that a trusted proxy reports but is not itself trusted is the
 * client. The leftmost hops are whatever the client chose to send and are never believed on their own.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String resolve(String peer, String xForwardedFor, Set<String> trustedProxies) {
        if (peer == null || !trustedProxies.contains(peer) || xForwardedFor == null || xForwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String h : xForwardedFor.split(",")) {
            if (!h.isBlank()) {
                hops.add(h.trim());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        // Every hop is a proxy of ours: the request started inside; the outermost proxy is the client.
        return hops.isEmpty() ? peer : hops.get(0);
    }
}
