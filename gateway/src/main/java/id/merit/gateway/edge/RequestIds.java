package id.merit.gateway.edge;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Request ids: keep what the caller sent when it is well-formed, otherwise start fresh. Trace context is OpenTelemetry's, see Edge. */
public final class RequestIds {
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /**
     * The caller's id when it is sane; otherwise the request's trace id (random, 128 bits, and it lets a log search
     * find the trace), or fresh random hex when there is no trace.
     */
    public static String requestId(String incoming, String traceId) {
        if (incoming != null && REQUEST_ID.matcher(incoming).matches()) {
            return incoming;
        }
        return traceId != null ? traceId : hex(16);
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
