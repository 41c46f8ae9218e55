package id.merit.gateway.edge;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Request ids and W3C trace context: keep what the caller sent when it is well-formed, otherwise start fresh. */
public final class Tracing {
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-([0-9a-f]{2})");

    private Tracing() {
    }

    public static String requestId(String incoming) {
        return incoming != null && REQUEST_ID.matcher(incoming).matches() ? incoming : hex(16);
    }

    /**
     * The traceparent to send upstream: the caller's trace id and flags with the gateway's own span as parent,
     * or a new sampled trace when the caller sent none (or garbage).
     */
    public static String traceparent(String incoming) {
        if (incoming != null) {
            var m = TRACEPARENT.matcher(incoming);
            if (m.matches() && !m.group(1).equals("0".repeat(32)) && !incoming.startsWith("ff")) {
                return "00-" + m.group(1) + "-" + hex(8) + "-" + m.group(2);
            }
        }
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    private static String hex(int bytes) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            int b = r.nextInt(256);
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }
}
